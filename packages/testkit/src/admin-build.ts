import { buildCmsUnlessCurrent } from '../../../scripts/lib/cms-build.js';

/**
 * A test that drives the real admin in Chromium needs the admin panel; `npm test` builds it once
 * before the passes start, and a file run alone builds it here. The build is skipped when current,
 * never replayed: see scripts/lib/cms-build.ts.
 */
export const buildCmsWithAdmin = (): void => {
  buildCmsUnlessCurrent();
};
