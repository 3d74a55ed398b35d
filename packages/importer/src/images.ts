import path from 'node:path';
import { ImportError } from './errors';
import { readInsideSite } from './source-files';
import { looksLikeSvg, SVG_MIME } from './svg-image';

export type ImageFile = { absolutePath: string; fileName: string; mime: string };

/** Images are larger than pages, but a photo of the old site never needs more than this. */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

const IMAGES: Array<[string, (b: Buffer) => boolean]> = [
  ['image/png', (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))],
  ['image/jpeg', (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff],
  ['image/gif', (b) => b.subarray(0, 4).toString('latin1') === 'GIF8'],
  ['image/webp', (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP'],
];

// Slides of the old webinars: PDF, or an office file (OpenDocument and OOXML are ZIP archives).
const SLIDES: Array<[string, (b: Buffer, name: string) => boolean]> = [
  ['application/pdf', (b) => b.subarray(0, 5).toString('latin1') === '%PDF-'],
  ['application/vnd.oasis.opendocument.presentation', (b, name) => b.subarray(0, 2).toString('latin1') === 'PK' && /\.odp$/i.test(name)],
  ['application/vnd.openxmlformats-officedocument.presentationml.presentation', (b, name) => b.subarray(0, 2).toString('latin1') === 'PK' && /\.pptx$/i.test(name)],
];

type Where = { file: string; absoluteFile: string; siteRoot: string; field: string };

const locate = (where: Where, reference: string, maxBytes: number): { absolutePath: string; head: Buffer } | null => {
  if (/^[a-z][a-z0-9+.-]*:/i.test(reference)) return null;
  const absolutePath = reference.startsWith('/') ? path.join(where.siteRoot, reference) : path.resolve(path.dirname(where.absoluteFile), reference);
  try {
    return { absolutePath, head: readInsideSite(where.siteRoot, absolutePath, where.file, maxBytes, where.field).subarray(0, 16) };
  } catch (error) {
    if (error instanceof ImportError && /introuvable/.test(error.message)) return null;
    throw error;
  }
};

/**
 * Finds an image a Markdown file refers to: relative paths from the file's folder, site-absolute
 * paths (/img/…) from the old site's root. Missing: null (the report says so). Present but not
 * an image, outside the site root or too large: the file stops, naming the field.
 */
export const locateImage = (where: Where, reference: string): ImageFile | null => {
  const found = locate(where, reference, MAX_IMAGE_BYTES);
  if (!found) return null;
  const fileName = path.basename(found.absolutePath);
  // An SVG is accepted here and drawn as a PNG when it is sent (svg-image.ts): never stored as SVG.
  const mime = IMAGES.find(([, matches]) => matches(found.head))?.[0] ?? (looksLikeSvg(fileName, found.head) ? SVG_MIME : undefined);
  if (!mime) throw new ImportError(where.file, `« ${reference} » n’est pas une image lisible (PNG, JPEG, GIF, WebP ou SVG attendu).`, where.field);
  return { absolutePath: found.absolutePath, fileName, mime };
};

/** A slide deck beside the page (PDF, ODP, PPTX); anything else stops the file. */
export const locateSlides = (where: Where, reference: string): ImageFile | null => {
  const found = locate(where, reference, MAX_IMAGE_BYTES);
  if (!found) return null;
  const mime = SLIDES.find(([, matches]) => matches(found.head, found.absolutePath))?.[0];
  if (!mime) throw new ImportError(where.file, `« ${reference} » n’est pas un support lisible (PDF, ODP ou PPTX attendu).`, where.field);
  return { absolutePath: found.absolutePath, fileName: path.basename(found.absolutePath), mime };
};
