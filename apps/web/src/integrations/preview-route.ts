import type { AstroIntegration } from 'astro';
import { DEFAULT_LOCALE, otherLocales } from '../lib/i18n/locales';

/** Adds the on-request draft preview route and the preview's headers; used only by astro.preview.config.mjs. */
export const previewRoute = (): AstroIntegration => ({
  name: 'bluehats:preview-route',
  hooks: {
    'astro:config:setup': ({ injectRoute, addMiddleware }) => {
      injectRoute({ pattern: '/apercu/[section]/[documentId]', entrypoint: './src/preview/PreviewPage.astro', prerender: false });
      // A draft in another language previews on that language's site: the same page, its locale read from the address.
      for (const locale of otherLocales(DEFAULT_LOCALE)) {
        injectRoute({ pattern: `/${locale}/apercu/[section]/[documentId]`, entrypoint: './src/preview/PreviewPage.astro', prerender: false });
      }
      // A module specifier, not a path from the project root as for routes: given as a URL.
      addMiddleware({ entrypoint: new URL('../preview/preview-headers.ts', import.meta.url), order: 'pre' });
    },
  },
});
