// @ts-check
import './src/lib/env-file.ts';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentStoreFromFile } from './src/engine/astro/content-store-from-file.ts';
import { DEFAULT_CACHE_DIR } from './src/engine/astro/astro-internals.ts';
import { dsfrNoticeStylesheet } from './src/integrations/dsfr-notice-stylesheet.ts';
import { dsfrTableStylesheet } from './src/integrations/dsfr-table-stylesheet.ts';
import { mediaRemotePatterns } from './src/integrations/media-hosts.ts';
import { buildFingerprint } from './src/engine/content/build-fingerprint.ts';
import { legacyRedirectFiles } from './src/integrations/legacy-redirects.ts';
import { securityHeadersFile } from './src/integrations/security-headers.ts';
import { siteMap } from './src/integrations/sitemap.ts';
import { oneBuildAtATime } from './src/engine/astro/one-build-at-a-time.ts';
import { noContentModules } from './src/engine/astro/no-content-modules.ts';
import { prefetchContent } from './src/engine/content/prefetch-content.ts';

export default defineConfig({
  site: process.env.SITE_URL || 'http://127.0.0.1:4321',
  output: 'static',
  // The rebuild service and the tests build into a folder of their own, then swap it in.
  outDir: process.env.WEB_OUT_DIR || './dist',
  // Concurrent builds (tests) each keep their own content store and Vite cache.
  cacheDir: process.env.ASTRO_CACHE_DIR || `./${DEFAULT_CACHE_DIR}`,
  trailingSlash: 'always',
  // Stylesheets stay files, for the same Content-Security-Policy (style-src 'self').
  // Four pages in flight: one at a time, the render waited a third of its time for each page's
  // folder and file to be written (2,000 articles: render 5.4-6.1 s → 3.7-4.2 s, whole build
  // 14.2 → 12.1 s, three runs each, interleaved; memory unchanged; docs/benchmark.md).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Order matters: the old addresses are checked against the pages just built, before the whole
  // site is listed in the sitemap. The search index follows in a process of its own, once this one
  // has exited (build-site.ts).
  integrations: [oneBuildAtATime(), prefetchContent(), mdx(), contentStoreFromFile(), buildFingerprint(), legacyRedirectFiles(), siteMap(), securityHeadersFile(), noContentModules()],
  image: { remotePatterns: mediaRemotePatterns(process.env) },
  vite: {
    plugins: [dsfrTableStylesheet(), dsfrNoticeStylesheet()],
    build: {
      // The DSFR's CSS references ~4,000 icon SVGs: inlining them makes one 3 MB stylesheet.
      // Scripts stay files too: the Content-Security-Policy allows no inline script but our one hashed.
      assetsInlineLimit: (file) => (file.endsWith('.svg') || /\.[cm]?[jt]s$/.test(file) ? false : undefined),
    },
  },
});
