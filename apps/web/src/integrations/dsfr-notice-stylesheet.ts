import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { trimmedDsfrStylesheet } from './trimmed-dsfr-stylesheet.ts';

/**
 * The notice banner shows on every page while it is on: its full stylesheet (1.5 KB gzip, most
 * of it the icons and colours of the warning, alert and weather kinds we do not use) would push
 * article pages over the 60 KB CSS budget. Trimmed to components/dsfr/Notice.astro: about 0.7 KB.
 * Import 'virtual:bluehats/dsfr-notice-stylesheet' for its URL.
 */
export const dsfrNoticeStylesheet = () =>
  trimmedDsfrStylesheet({
    id: 'virtual:bluehats/dsfr-notice-stylesheet',
    name: 'dsfr-notice',
    css: createRequire(import.meta.url).resolve('@gouvfr/dsfr/dist/component/notice/notice.main.min.css'),
    markup: fileURLToPath(new URL('../components/dsfr/Notice.astro', import.meta.url)),
    mustKeep: '.fr-notice__body',
  });
