import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const cmsDir = path.join(repoRoot, 'apps/cms');
export const webDir = path.join(repoRoot, 'apps/web');

/** Astro's command-line entry, as its package.json names it (Astro 7 moved it from astro.js to bin/astro.mjs). */
export const astroCli = ((): string => {
  const dir = path.join(repoRoot, 'node_modules/astro');
  const { bin } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { bin: { astro: string } };
  return path.join(dir, bin.astro);
})();

/**
 * How the static site is built (apps/web/build-site.ts: `astro build`, then the search index in a
 * process of its own), as arguments for `process.execPath`; a copy of apps/web brings its own.
 */
export const siteBuildArgs = (web: string = webDir): string[] => [path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs'), path.join(web, 'build-site.ts')];
