import type { AstroIntegration } from 'astro';

/** Adds the on-request draft preview route; used only by astro.preview.config.mjs. */
export const previewRoute = (): AstroIntegration => ({
  name: 'bluehats:preview-route',
  hooks: {
    'astro:config:setup': ({ injectRoute }) => {
      injectRoute({ pattern: '/apercu/[section]/[documentId]', entrypoint: './src/preview/PreviewPage.astro', prerender: false });
    },
  },
});
