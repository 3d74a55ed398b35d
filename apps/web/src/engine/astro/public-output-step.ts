import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readStoreFile, STORE_FILE, type ContentStore } from './astro-internals';

export type OutputStep = (step: { outDir: string; store: ContentStore; site: string; logger: AstroIntegrationLogger }) => void | Promise<void>;

/**
 * A step run on the static build's output once its pages are written, with the content store Astro
 * has just built from. The preview and renderer servers render on request: these files belong to
 * the public output only.
 */
export const publicOutputStep = (name: string, step: OutputStep): AstroIntegration => {
  let storeFile = '';
  let site = '';
  let enabled = false;
  return {
    name,
    hooks: {
      'astro:config:done': ({ config }) => {
        enabled = !config.adapter;
        storeFile = fileURLToPath(new URL(STORE_FILE, config.cacheDir));
        site = config.site ?? 'http://127.0.0.1:4321';
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!enabled) return;
        await step({ outDir: fileURLToPath(dir), store: existsSync(storeFile) ? readStoreFile(storeFile) : new Map(), site, logger });
      },
    },
  };
};
