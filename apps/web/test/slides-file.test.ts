import { describe, expect, it } from 'vitest';
import uploadable from '../../cms/src/uploads/upload-allow-list.json';
import { downloadableType } from '../src/lib/downloadable-files';
import { slidesFile } from '../src/lib/slides-file';

const withSlides = (url: string) => ({
  title: 'Webinaire du code source',
  slides: { id: 1, documentId: 'doc', url, name: url.split('/').pop() ?? '', mime: 'application/octet-stream' },
});

describe('slides copied to /fichiers/ follow the media library’s allow-list', () => {
  it('copies every type the CMS takes, typed from the list, not from the CMS’s answer', () => {
    expect(slidesFile(withSlides('/uploads/support_abc123.pdf'))).toEqual({
      name: 'support_abc123.pdf',
      href: '/fichiers/support_abc123.pdf',
      source: '/uploads/support_abc123.pdf',
      type: 'application/pdf',
    });
    for (const [extension, type] of Object.entries({ ...uploadable.images, ...uploadable.documents })) {
      expect(downloadableType(`support${extension.toUpperCase()}`)).toBe(type);
    }
  });

  it('refuses, naming the event, a file stored before the allow-list (the polyglot’s .html and .js, an SVG)', () => {
    for (const name of ['x_abc.html', 'x_abc.js', 'logo_abc.svg', 'outil_abc.exe']) {
      expect(() => slidesFile(withSlides(`/uploads/${name}`))).toThrow(
        `Support de présentation refusé pour l’événement « Webinaire du code source » : ${name} n’est pas d’un type que la médiathèque accepte.`,
      );
    }
  });
});
