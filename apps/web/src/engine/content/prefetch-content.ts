import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { STORE_FILE } from '../astro/astro-internals';
import { prefetchFullBuild } from './strapi-loader';

/**
 * A full static build reads every entry from the CMS, but Astro starts its content sync only after
 * two to three seconds of starting up. Asked from here, Strapi works on the reads meanwhile, and
 * the loaders find the answers waiting (prefetched-answers.ts). Not when a content store is
 * kept from a previous build: the loaders then ask only for what changed. Listed after
 * oneBuildAtATime, whose lock it must wait for: content read before a long wait would be old.
 */
export const prefetchContent = (): AstroIntegration => ({
  name: 'bluehats:prefetch-content',
  hooks: {
    'astro:config:setup': ({ command, config }) => {
      if (command !== 'build' || config.adapter) return;
      if (existsSync(fileURLToPath(new URL(STORE_FILE, config.cacheDir)))) return;
      prefetchFullBuild();
    },
  },
});
