import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** Astro's command-line entry, as its package.json names it (Astro 7 moved it from astro.js to bin/astro.mjs). */
export const astroCliPath = (): string => {
  const manifest = createRequire(import.meta.url).resolve('astro/package.json');
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin: { astro: string } };
  return path.join(path.dirname(manifest), bin.astro);
};
