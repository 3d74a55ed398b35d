import xxhash from 'xxhash-wasm';
import { contentTypeNames, contentTypes, isSingleType } from '@bluehats/content-types';
import { META_PREFIX, type ContentStore } from '../astro/astro-internals';
import { loadStoreFile, memoryContext, sharedStore, type StoreWrite } from '../astro/memory-store';
import { readChanges, startChangeRecord, type BuildChanges } from '../content/build-changes';
import { nextContentGeneration } from '../content/content-generation';
import { forgetAnswers, loadCollection, loadSingle, publishedEntry, type PublishedEntry } from '../content/strapi-loader';
import { collectionOf, localesOf } from '../../lib/i18n/locales';

/** The published entries each collection holds now, by document and row (not the loaders' states, kept beside them). */
const publishedIn = (store: ContentStore): Map<string, PublishedEntry[]> =>
  new Map(
    [...store]
      .filter(([collection]) => !collection.startsWith(META_PREFIX))
      .map(([collection, entries]) => [collection, [...entries.values()].flatMap((entry) => publishedEntry((entry as { data?: unknown }).data) ?? [])]),
  );

/**
 * The site's content in memory, in the very store the renderer's pages read (shared through the
 * global object), kept up to date by the same loaders as the static build.
 */
export const contentInMemory = async (log: (message: string) => void) => {
  const store = sharedStore();
  const { h64ToString } = await xxhash();
  const generateDigest = (data: Record<string, unknown> | string): string => h64ToString(typeof data === 'string' ? data : JSON.stringify(data));

  return {
    store,
    /** Takes the content of the static build whose store file is given. */
    reload: (storeFile: string): void => loadStoreFile(store, storeFile),
    /**
     * Asks the CMS what changed since, and says it per collection, with the writes it made in the
     * store (for the other copies of it: render-pool.ts).
     */
    sync: async (): Promise<{ changes: BuildChanges; writes: StoreWrite[] }> => {
      const writes: StoreWrite[] = [];
      forgetAnswers();
      startChangeRecord();
      // Taken before any loader runs: they all run at once, and each may remove entries from its collection.
      const before = publishedIn(store);
      // All collections at once, as Astro's content layer syncs them: the client bounds the concurrency.
      await Promise.all(
        contentTypeNames.flatMap((type) =>
          // Each language a type is written in is a collection of its own (lib/i18n/locales.ts).
          localesOf(type).map(async (locale) => {
            const { schema } = contentTypes[type];
            const context = { ...memoryContext(store, collectionOf(type, locale), (data) => schema.parseAsync(data), generateDigest, log, (write) => writes.push(write)), publishedBefore: (collection: string) => before.get(collection) };
            if (isSingleType(type)) await loadSingle(type, locale, context);
            else await loadCollection(type, locale, context);
          }),
        ),
      );
      nextContentGeneration();
      return { changes: readChanges(), writes };
    },
  };
};
