import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as devalue from 'devalue';
import semver from 'semver';
import { SERVER_ENTRY } from './server-entry.mjs';

/**
 * Every use of what Astro does not document as stable, in one place: the content store's virtual
 * module and its file (data-store.json, devalue), the render scope in which Astro names static
 * images (render-server.ts), and the layout of what a build writes. The fast rebuild and the memory-saving static build depend on them; they were written and
 * tested against the range below, and each entry point checks the installed version first, so an
 * upgrade fails loudly here instead of building a subtly wrong site. Moving to another Astro means
 * checking these and widening the range (apps/web/test/astro-internals.test.ts).
 */
export const TESTED_ASTRO = '~7.4.1';

export const installedAstroVersion = (): string => (createRequire(import.meta.url)('astro/package.json') as { version: string }).version;

export const astroVersionProblem = (version: string): string | null =>
  semver.satisfies(version, TESTED_ASTRO)
    ? null
    : `Astro ${version} est installé, mais apps/web/src/engine/astro/astro-internals.ts n’a été vérifié qu’avec Astro ${TESTED_ASTRO} : ` +
      'le magasin de contenu (data-store.json) et le nommage des images ont pu changer ; vérifiez-les, puis élargissez TESTED_ASTRO.';

export const assertTestedAstro = (): void => {
  const problem = astroVersionProblem(installedAstroVersion());
  if (problem) throw new Error(problem);
};

/** The module id Astro resolves `astro:data-layer-content` to: the content store, in a build. */
export const RESOLVED_STORE_MODULE = '\0astro:data-layer-content';

/** Where Astro writes the content store, under the cache directory. */
export const STORE_FILE = 'data-store.json';

/** Astro's cache directory, relative to the project, when the config names none. */
export const DEFAULT_CACHE_DIR = 'node_modules/.astro';

/** The content store of the builds whose cache directory is `cacheDir`. */
export const storeFileIn = (cacheDir: string): string => path.join(cacheDir, STORE_FILE);

export { SERVER_ENTRY };

/** The output folder of what Astro bundles and names by hash (scripts, stylesheets, images): `build.assets`, left at its default. */
export const ASSETS_FOLDER = '_astro';

/** The project folder where Astro writes the content layer's modules and types; no option moves it. */
export const PROJECT_FOLDER = '.astro/';

/** The content layer's module lists, which Astro copies beside the pages of an output outside the project. */
export const CONTENT_MODULE_FILES = ['content-modules.mjs', 'content-assets.mjs'] as const;

// What the renderer calls so that its pages name images as a static build does (render-server.ts).
const IMAGE_NAMING = ['installRenderScope', 'collectPrerenderMetadata'] as const;

/** Where Astro's content store keeps a collection's loader state, beside its entries: `meta:<collection>`. */
export const META_PREFIX = 'meta:';

/** Astro's content store: collection → id → entry, and `meta:<collection>` → key → value. */
export type ContentStore = Map<string, Map<string, unknown>>;

export const readStoreFile = (file: string): ContentStore => devalue.parse(readFileSync(file, 'utf8')) as ContentStore;

/**
 * Every name of an Astro internal the engine relies on, as code would write it: no file outside
 * this folder may write one (apps/web/test/astro-internals.test.ts), so that the next Astro is
 * checked here and nowhere else.
 */
export const ASTRO_INTERNAL_NAMES: readonly string[] = [
  RESOLVED_STORE_MODULE.slice(1),
  STORE_FILE,
  DEFAULT_CACHE_DIR,
  SERVER_ENTRY,
  ASSETS_FOLDER,
  PROJECT_FOLDER,
  ...CONTENT_MODULE_FILES,
  ...IMAGE_NAMING,
];
