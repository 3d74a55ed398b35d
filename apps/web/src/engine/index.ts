/**
 * The publishing engine's public entry, `web/engine` (apps/web/package.json "exports"): what
 * `npm start`, a deployment, the test kit and the bench use. Nothing else of the app is imported
 * from packages/ or scripts/ (scripts/test/app-entries.test.ts).
 */
export { startPublishService, type PublishService, type PublishServiceOptions } from './publish/publish-service';
export { runInherited, type RunProcess } from './publish/run-process';
export { builtFrom, hashInputs, unlessBuiltFrom } from './publish/build-stamps';
export { astroCliPath } from './astro/astro-cli';
export { DEFAULT_CACHE_DIR, storeFileIn } from './astro/astro-internals';
export { siteBuildArgs } from './full/site-build-command';
export { fingerprint } from './content/build-fingerprint';
export { readContentSnapshot } from './content/content-snapshot';
export type { BuildKind, SiteBuild } from './fast/site-builder';
export type { Renderer, RendererOptions } from './fast/renderer';
export { renderWorkerCount } from './fast/render-pool';

/**
 * The fast renderer and the content loaders read the CMS's address and token from the environment
 * when their module is first imported: loaded on demand, once the caller has set them.
 */
export const importRenderer = () => import('./fast/renderer');
export const importContentLoader = () => import('./content/strapi-loader');
