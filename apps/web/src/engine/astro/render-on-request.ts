import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { assertTestedAstro, RESOLVED_STORE_MODULE } from './astro-internals';
import { fingerprint, writeFingerprint } from '../content/build-fingerprint';
import { ROUTES_FILE, type SiteRoute } from '../fast/static-paths';

export const CONTENT_STORE = Symbol.for('bluehats.content-store');

/**
 * The fast rebuild's renderer: the same pages, rendered on request by a server bundle that is built
 * once per version of the code. Its content store is not frozen into the bundle, as Astro does,
 * but a Map the rebuild process owns and updates in place (Astro keeps a reference to it).
 * Used only by astro.renderer.config.mjs.
 */
export const renderOnRequest = (): AstroIntegration => {
  let site = '';
  let routes: SiteRoute[] = [];
  return {
    name: 'bluehats:render-on-request',
    hooks: {
      'astro:config:setup': ({ updateConfig, config, addMiddleware }) => {
        assertTestedAstro();
        // Answers the renderer's question: which pages does a route have now (build/fast/static-paths.ts).
        addMiddleware({ order: 'pre', entrypoint: new URL('../fast/static-paths-middleware.ts', import.meta.url) });
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
      'astro:routes:resolved': ({ routes: resolved }) => {
        routes = resolved
          .filter((route) => route.origin === 'project' && (route.type === 'page' || route.type === 'endpoint'))
          .map((route) => ({ pattern: route.pattern, type: route.type === 'page' ? 'page' : 'endpoint', params: route.params }));
      },
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
      },
      'astro:build:done': ({ dir }) => {
        // The server folder sits beside the client one: the fingerprint goes to the renderer's root,
        // with the site's address, which the renderer's sitemap needs and its pages have built in.
        const root = path.dirname(fileURLToPath(dir));
        writeFingerprint(root, { site });
        writeFileSync(path.join(root, ROUTES_FILE), JSON.stringify(routes));
      },
    },
  };
};
