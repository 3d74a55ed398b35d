import { dsfrComponentStylesheet } from './trimmed-dsfr-stylesheet.ts';

/**
 * The notice banner shows on every page while it is on: its full stylesheet (1.5 KB gzip, most
 * of it the icons and colours of the warning, alert and weather kinds we do not use) would push
 * article pages over the 60 KB CSS budget. Trimmed to components/dsfr/Notice.astro: about 0.7 KB.
 */
export const dsfrNoticeStylesheet = () => dsfrComponentStylesheet('notice', 'Notice.astro', { mustKeep: '.fr-notice__body' });
