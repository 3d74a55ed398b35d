import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CONTENT_MODULE_FILES } from './astro-internals';

/**
 * Astro copies the content layer's module lists beside the pages when the output folder is outside
 * the project (the rebuild service's and the tests' folders). A static site never imports them, and
 * the MDX pages' list comes in whatever order its files were read: two builds of the same content
 * would differ by that file, and the fast rebuild could not be compared with a full build.
 */
export const noContentModules = (): AstroIntegration => {
  let isStatic = false;
  return {
    name: 'bluehats:no-content-modules',
    hooks: {
      'astro:config:done': ({ buildOutput }) => {
        isStatic = buildOutput === 'static';
      },
      'astro:build:done': ({ dir }) => {
        if (!isStatic) return;
        for (const file of CONTENT_MODULE_FILES) rmSync(fileURLToPath(new URL(file, dir)), { force: true });
      },
    },
  };
};
