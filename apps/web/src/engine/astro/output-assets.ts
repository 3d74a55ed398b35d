import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ASSETS_FOLDER } from './astro-internals';

// A file of the assets folder named in a page. `&` ends a name too: the feed carries its HTML escaped (`…webp&quot;`).
const ASSET_REFERENCE = new RegExp(`/${ASSETS_FOLDER}/([^"'\\s),?#&]+)`, 'g');

/** Whether a file of an output is one of Astro's bundled assets (scripts, stylesheets, images), not a page. */
export const isAsset = (file: string): boolean => file.split('/')[0] === ASSETS_FOLDER;

/**
 * The first asset a rendered page asks for that the output it is added to lacks (a new image, a
 * stylesheet of other code), said as a reason for the static build; null when all are there.
 */
export const missingAsset = (base: string, pages: ReadonlyMap<string, string>): string | null => {
  const folder = path.join(base, ASSETS_FOLDER);
  const assets = new Set(existsSync(folder) ? readdirSync(folder) : []);
  for (const [file, html] of pages) {
    const missing = [...html.matchAll(ASSET_REFERENCE)].map((match) => match[1] ?? '').find((name) => !assets.has(name));
    if (missing) return `${file} demande /${ASSETS_FOLDER}/${missing}, absent de la construction précédente`;
  }
  return null;
};
