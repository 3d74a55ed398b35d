import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { assertTestedAstro, RESOLVED_STORE_MODULE } from './astro-internals';
import { fingerprint, writeFingerprint } from '../content/build-fingerprint';

export const CONTENT_STORE = Symbol.for('bluehats.content-store');

/**
 * The fast rebuild's renderer: the same pages, rendered on request by a server bundle that is built
 * once per version of the code. Its content store is not frozen into the bundle, as Astro does,
 * but a Map the rebuild process owns and updates in place (Astro keeps a reference to it).
 * Used only by astro.renderer.config.mjs.
 */
export const renderOnRequest = (): AstroIntegration => {
  let site = '';
  return {
    name: 'bluehats:render-on-request',
    hooks: {
      'astro:config:setup': ({ updateConfig, config }) => {
        assertTestedAstro();
        process.env.BLUEHATS_BUILD_FINGERPRINT = fingerprint(fileURLToPath(config.root));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'bluehats:content-store-in-memory',
                enforce: 'pre',
                // Astro's own plugin resolves and loads the module first: its code is replaced here.
                transform: (_code: string, id: string) =>
                  id === RESOLVED_STORE_MODULE ? { code: `export default (globalThis[Symbol.for('bluehats.content-store')] ??= new Map());`, map: null } : undefined,
              },
            ],
          },
        });
      },
      'astro:route:setup': ({ route }) => {
        route.prerender = false;
      },
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
      },
      'astro:build:done': ({ dir }) => {
        // The server folder sits beside the client one: the fingerprint goes to the renderer's root,
        // with the site's address, which the renderer's sitemap needs and its pages have built in.
        const root = path.dirname(fileURLToPath(dir));
        writeFingerprint(root, { site });
      },
    },
  };
};
