import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

import { assertTestedAstro, RESOLVED_STORE_MODULE, STORE_FILE } from './astro-internals';

/**
 * Astro writes the whole content store into the build's JavaScript as one array literal: at 2,000
 * articles, 14 MB of source that Rollup parses into an AST of several hundred megabytes, most of
 * the build's peak memory and a growing share of its time. A static build renders its pages in the
 * process that has just written the store file, so the module reads that file instead.
 * Not for builds with an adapter (the preview server): their server would run where the file is not.
 */
export const contentStoreFromFile = (): AstroIntegration => ({
  name: 'bluehats:content-store-from-file',
  hooks: {
    'astro:config:setup': ({ command, config, updateConfig }) => {
      if (command !== 'build' || config.adapter) return;
      assertTestedAstro();
      const file = JSON.stringify(fileURLToPath(new URL(STORE_FILE, config.cacheDir)));
      const code = [
        `import { existsSync, readFileSync } from 'node:fs';`,
        `export default existsSync(${file}) ? JSON.parse(readFileSync(${file}, 'utf8')) : new Map();`,
      ].join('\n');
      updateConfig({
        vite: {
          plugins: [
            {
              name: 'bluehats:content-store-from-file',
              enforce: 'pre',
              // Astro's own plugin loads the module; its code is replaced before Rollup parses it.
              transform: (_source: string, id: string) => (id === RESOLVED_STORE_MODULE ? { code, map: null } : undefined),
            },
          ],
        },
      });
    },
  },
});
