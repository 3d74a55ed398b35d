import xxhash from 'xxhash-wasm';
import { contentTypeNames, contentTypes, isSingleType } from '@bluehats/content-types';
import { META_PREFIX, readStoreFile, type ContentStore } from '../astro/astro-internals';
import { memoryContext, type StoreWrite } from '../astro/memory-store';
import { CONTENT_STORE } from '../astro/render-on-request';
import { readChanges, startChangeRecord, type BuildChanges } from '../content/build-changes';
import { nextContentGeneration } from '../content/content-generation';
import { forgetAnswers, loadCollection, loadSingle } from '../content/strapi-loader';
import { collectionOf, localesOf } from '../../lib/i18n/locales';

type Published = { documentId: string; id?: number };

/** The published entries each collection holds now, by document and row (not the loaders' states, kept beside them). */
const publishedIn = (store: ContentStore): Map<string, Published[]> =>
  new Map(
    [...store]
      .filter(([collection]) => !collection.startsWith(META_PREFIX))
      .map(([collection, entries]) => [collection, [...entries.values()].flatMap((entry) => publishedOf(entry) ?? [])]),
  );

const publishedOf = (entry: unknown): Published | undefined => {
  const data = (entry as { data?: { documentId?: unknown; id?: unknown } }).data;
  if (typeof data?.documentId !== 'string') return undefined;
  return typeof data.id === 'number' ? { documentId: data.documentId, id: data.id } : { documentId: data.documentId };
};

/**
 * The site's content in memory, in the very store the renderer's pages read (shared through the
 * global object), kept up to date by the same loaders as the static build.
 */
export const contentInMemory = async (log: (message: string) => void) => {
  const slots = globalThis as unknown as Record<symbol, ContentStore | undefined>;
  const store: ContentStore = (slots[CONTENT_STORE] ??= new Map());
  const { h64ToString } = await xxhash();
  const generateDigest = (data: Record<string, unknown> | string): string => h64ToString(typeof data === 'string' ? data : JSON.stringify(data));

  return {
    store,
    /** Takes the content of the static build whose store file is given. */
    reload: (storeFile: string): void => {
      store.clear();
      for (const [key, value] of readStoreFile(storeFile)) store.set(key, value);
      nextContentGeneration();
    },
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
