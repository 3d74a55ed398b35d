import { META_PREFIX, readStoreFile, type ContentStore } from './astro-internals';
import { CONTENT_STORE } from './render-on-request';
import { nextContentGeneration } from '../content/content-generation';
import type { SyncContext } from '../content/strapi-loader';

type StoredEntry = { id: string; data: Record<string, unknown>; digest?: string | number };

/** One write of a sync into the store: an entry set or deleted (`entry` null), or a collection emptied (`id` null). */
export type StoreWrite = { collection: string; id: string | null; entry: StoredEntry | null };

/** The store the renderer's pages read in this thread, shared through the global object (astro/render-on-request.ts). */
export const sharedStore = (): ContentStore => {
  const slots = globalThis as unknown as Record<symbol, ContentStore | undefined>;
  return (slots[CONTENT_STORE] ??= new Map());
};

/** Puts in `store` the content of a static build (its store file), in place of what it held. */
export const loadStoreFile = (store: ContentStore, storeFile: string): void => {
  store.clear();
  for (const [key, value] of readStoreFile(storeFile)) store.set(key, value);
  nextContentGeneration();
};

/** Makes in `store` the writes a sync made in another copy of it (fast/render-pool.ts). */
export const applyWrites = (store: ContentStore, writes: readonly StoreWrite[]): void => {
  for (const { collection, id, entry } of writes) {
    const entries = scoped(store, collection);
    if (id === null) entries.clear();
    else if (entry === null) entries.delete(id);
    else entries.set(id, entry);
  }
  nextContentGeneration();
};

const scoped = (store: ContentStore, key: string): Map<string, unknown> => {
  const existing = store.get(key);
  if (existing) return existing;
  const created = new Map<string, unknown>();
  store.set(key, created);
  return created;
};

/**
 * The part of Astro's loader context our loaders use, over the in-memory store: the same entries,
 * digests and sync state as Astro's own store, so the loaders work on both unchanged.
 */
export const memoryContext = (
  store: ContentStore,
  collection: string,
  parse: (data: Record<string, unknown>) => Promise<unknown>,
  generateDigest: SyncContext['generateDigest'],
  log: (message: string) => void,
  written: (write: StoreWrite) => void = () => undefined,
): SyncContext => {
  const entries = scoped(store, collection);
  const meta = scoped(store, `${META_PREFIX}${collection}`);
  return {
    store: {
      keys: () => [...entries.keys()],
      get: ((id: string) => entries.get(id)) as SyncContext['store']['get'],
      set: ({ id, data, digest }) => {
        if (digest !== undefined && (entries.get(id) as StoredEntry | undefined)?.digest === digest) return false;
        const entry = digest === undefined ? { id, data } : { id, data, digest };
        entries.set(id, entry);
        written({ collection, id, entry });
        return true;
      },
      delete: (id) => {
        entries.delete(id);
        written({ collection, id, entry: null });
      },
      clear: () => {
        entries.clear();
        written({ collection, id: null, entry: null });
      },
    },
    meta: {
      get: (key) => meta.get(key) as string | undefined,
      set: (key, value) => {
        meta.set(key, value);
      },
    },
    parseData: (async ({ data }: { data: Record<string, unknown> }) => parse(data)) as SyncContext['parseData'],
    generateDigest,
    logger: { info: (message: string) => log(`[${collection}] ${message}`) },
  };
};
