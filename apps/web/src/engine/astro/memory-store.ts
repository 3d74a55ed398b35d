import type { ContentStore } from './astro-internals';
import type { SyncContext } from '../content/strapi-loader';

type StoredEntry = { id: string; data: Record<string, unknown>; digest?: string | number };

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
): SyncContext => {
  const entries = scoped(store, collection);
  const meta = scoped(store, `meta:${collection}`);
  return {
    store: {
      keys: () => [...entries.keys()],
      get: ((id: string) => entries.get(id)) as SyncContext['store']['get'],
      set: ({ id, data, digest }) => {
        if (digest !== undefined && (entries.get(id) as StoredEntry | undefined)?.digest === digest) return false;
        entries.set(id, digest === undefined ? { id, data } : { id, data, digest });
        return true;
      },
      delete: (id) => {
        entries.delete(id);
      },
      clear: () => entries.clear(),
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
