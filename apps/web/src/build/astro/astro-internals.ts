import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ImageTransform } from 'astro';
// Astro 7 moved these two out of the public `astro/assets/utils` into its Node-only entry.
import { hashTransform, propsToFilename } from 'astro/assets/utils/node';
import * as devalue from 'devalue';
import semver from 'semver';

/**
 * Every use of what Astro does not document as stable, in one place: the content store's virtual
 * module and its file (data-store.json, devalue), and the hook and hashes Astro names static images
 * by. The fast rebuild and the memory-saving static build depend on them; they were written and
 * tested against the range below, and each entry point checks the installed version first, so an
 * upgrade fails loudly here instead of building a subtly wrong site. Moving to another Astro means
 * checking these and widening the range (apps/web/test/astro-internals.test.ts).
 */
export const TESTED_ASTRO = '~7.3.5';

export const installedAstroVersion = (): string => (createRequire(import.meta.url)('astro/package.json') as { version: string }).version;

export const astroVersionProblem = (version: string): string | null =>
  semver.satisfies(version, TESTED_ASTRO)
    ? null
    : `Astro ${version} est installé, mais apps/web/src/build/astro/astro-internals.ts n’a été vérifié qu’avec Astro ${TESTED_ASTRO} : ` +
      'le magasin de contenu (data-store.json) et le nommage des images ont pu changer ; vérifiez-les, puis élargissez TESTED_ASTRO.';

export const assertTestedAstro = (): void => {
  const problem = astroVersionProblem(installedAstroVersion());
  if (problem) throw new Error(problem);
};

/** The module id Astro resolves `astro:data-layer-content` to: the content store, in a build. */
export const RESOLVED_STORE_MODULE = '\0astro:data-layer-content';

/** Where Astro writes the content store, under the cache directory. */
export const STORE_FILE = 'data-store.json';

/** Astro's content store: collection → id → entry, and `meta:<collection>` → key → value. */
export type ContentStore = Map<string, Map<string, unknown>>;

export const readStoreFile = (file: string): ContentStore => devalue.parse(readFileSync(file, 'utf8')) as ContentStore;

/**
 * A page rendered on request names its images as a static build would (same hash of the same
 * transform, the sharp service), so that the files of the previous output still match.
 */
export const installStaticImageNames = (): void => {
  const slot = globalThis as unknown as { astroAsset?: { addStaticImage?: (options: ImageTransform, hashProperties: string[]) => string } };
  slot.astroAsset ??= {};
  slot.astroAsset.addStaticImage = (options, hashProperties) => {
    const src = typeof options.src === 'string' ? options.src : options.src.src;
    return `/_astro/${propsToFilename(src, options, hashTransform(options, 'astro/assets/services/sharp', hashProperties)).replace(/^\/+/, '')}`;
  };
};
