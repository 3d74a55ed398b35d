import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ImportError } from './errors';

export type ImageFile = { absolutePath: string; fileName: string; mime: string };

const SIGNATURES: Array<[string, (b: Buffer) => boolean]> = [
  ['image/png', (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))],
  ['image/jpeg', (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff],
  ['image/gif', (b) => b.subarray(0, 4).toString('latin1') === 'GIF8'],
  ['image/webp', (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP'],
];

/**
 * Finds an image a Markdown file refers to: relative paths from the file's folder, site-absolute
 * paths (/img/…) from the old site's root when given. Missing: null (the report says so).
 * Present but not an image: the file stops, since the author meant something we cannot show.
 */
export const locateImage = (file: string, absoluteFile: string, reference: string, siteRoot: string | null, field: string): ImageFile | null => {
  if (/^https?:/i.test(reference)) return null;
  const absolutePath = reference.startsWith('/')
    ? siteRoot
      ? path.join(siteRoot, reference)
      : null
    : path.resolve(path.dirname(absoluteFile), reference);
  if (!absolutePath || !existsSync(absolutePath)) return null;
  const head = readFileSync(absolutePath).subarray(0, 16);
  const mime = SIGNATURES.find(([, matches]) => matches(head))?.[0];
  if (!mime) throw new ImportError(file, `« ${reference} » n’est pas une image lisible (PNG, JPEG, GIF ou WebP attendu).`, field);
  return { absolutePath, fileName: path.basename(absolutePath), mime };
};
