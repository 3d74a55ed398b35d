import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './paths.js';

/**
 * Builds the CMS with its admin panel the way `npm start` does (turbo, so that whichever of the
 * two runs first builds it and the other replays the cache): a test that drives the real admin
 * in Chromium needs the panel, which `npm test`'s server-only build does not produce.
 */
export const buildCmsWithAdmin = (): void => {
  const result = spawnSync(path.join(repoRoot, 'node_modules/.bin/turbo'), ['run', 'build', '--filter=cms', '--output-logs=errors-only'], {
    cwd: repoRoot,
    env: { ...process.env, NODE_ENV: 'production', STRAPI_TELEMETRY_DISABLED: 'true', TURBO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`La construction de l’administration a échoué :\n${result.stdout}\n${result.stderr}`);
};
