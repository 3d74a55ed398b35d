import type { AstroIntegration } from 'astro';

/** Adds the on-request draft preview route and the preview's headers; used only by astro.preview.config.mjs. */
export const previewRoute = (): AstroIntegration => ({
  name: 'bluehats:preview-route',
  hooks: {
    'astro:config:setup': ({ injectRoute, addMiddleware }) => {
      injectRoute({ pattern: '/apercu/[section]/[documentId]', entrypoint: './src/preview/PreviewPage.astro', prerender: false });
      // A module specifier, not a path from the project root as for routes: given as a URL.
      addMiddleware({ entrypoint: new URL('../preview/preview-headers.ts', import.meta.url), order: 'pre' });
    },
  },
});
