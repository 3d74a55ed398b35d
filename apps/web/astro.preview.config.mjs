// @ts-check
// The editors' preview server: the same site and components as the public build, plus one route
// rendered on request (/apercu/<section>/<documentId>/) that shows drafts behind a signed link.
// Built to its own folder and run with Node; the public static build never contains that route.
import node from '@astrojs/node';
import publicSite from './astro.config.mjs';
import { previewRoute } from './src/integrations/preview-route.ts';

/** @type {import('astro').AstroUserConfig} */
const preview = {
  ...publicSite,
  outDir: process.env.PREVIEW_OUT_DIR || './dist-preview',
  adapter: node({ mode: 'standalone' }),
  integrations: [...(publicSite.integrations ?? []), previewRoute()],
};

export default preview;
