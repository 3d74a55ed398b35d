import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import lockfile from 'proper-lockfile';
import { PROJECT_FOLDER } from './astro-internals';

/**
 * Two `astro build` runs of this project at the same time corrupt each other: Astro writes the
 * content layer's modules (content-modules.mjs, content-assets.mjs) and types into `<root>/.astro/`,
 * a folder no option moves, and a build imports those files back. That happens when the rebuild
 * service builds while someone runs `npm run build -w web`, and when test files run two at a time.
 * So each build (site, renderer, preview: every config lists this integration) waits for the one
 * before it. The lock is released when the build is done, or when its process ends (proper-lockfile
 * removes it on exit; a lock left by a killed process goes stale after 30 s).
 */
export const oneBuildAtATime = (): AstroIntegration => {
  let release: (() => Promise<void>) | undefined;
  return {
    name: 'bluehats:one-build-at-a-time',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        if (command !== 'build') return;
        const folder = fileURLToPath(new URL(PROJECT_FOLDER, config.root));
        mkdirSync(folder, { recursive: true });
        const started = Date.now();
        release = await lockfile.lock(folder, {
          lockfilePath: fileURLToPath(new URL('.astro-build.lock', config.root)),
          stale: 30_000,
          retries: { retries: 3_600, minTimeout: 250, maxTimeout: 500 },
        });
        const waited = Math.round((Date.now() - started) / 1000);
        if (waited > 0) logger.info(`${waited} s d’attente : une autre construction de ce projet était en cours.`);
      },
      'astro:build:done': async () => {
        await release?.();
        release = undefined;
      },
    },
  };
};
