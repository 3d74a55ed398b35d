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

export { siteBuildArgs } from '../../../apps/web/src/lib/site-build-command.js';
