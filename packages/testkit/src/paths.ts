import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { astroCliPath } from 'web/engine';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const cmsDir = path.join(repoRoot, 'apps/cms');
export const webDir = path.join(repoRoot, 'apps/web');

/** Astro's command-line entry, found as the site's build finds it. */
export const astroCli = astroCliPath();

export { siteBuildArgs } from 'web/engine';
