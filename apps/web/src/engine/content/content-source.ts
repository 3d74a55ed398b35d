import { readFileSync } from 'node:fs';
import type { CollectionTypeName, EntryOf, SingleTypeName } from '@bluehats/content-types';
import { createStrapiClient, type ChangeMark, type EntryKey, type FindOptions } from '@bluehats/strapi-client';

/** Where the build reads content: the CMS (default), a JSON snapshot of it, or nothing (type checking). */
export type ContentSource = {
  kind: 'cms' | 'snapshot' | 'none';
  findAll: <K extends CollectionTypeName>(name: K, options?: FindOptions) => Promise<EntryOf<K>[]>;
  /** Keys of every published entry; null when the source cannot list them (then loads are full). */
  listKeys: ((name: CollectionTypeName) => Promise<EntryKey[]>) | null;
  /** How many entries are published; null when the source cannot tell (then loads are full). */
  count: ((name: CollectionTypeName) => Promise<number>) | null;
  /** Where a type's edits stand; null when the source cannot tell (then loads are full). */
  mark: ((name: CollectionTypeName) => Promise<ChangeMark>) | null;
  findSingle: <K extends SingleTypeName>(name: K) => Promise<EntryOf<K> | null>;
  stats: () => { requests: number; bytes: number };
};

type Snapshot = Partial<Record<CollectionTypeName | SingleTypeName, unknown>>;

const fromCms = (): ContentSource => {
  const client = createStrapiClient({
    url: process.env.STRAPI_URL ?? 'http://127.0.0.1:1337',
    token: process.env.STRAPI_TOKEN ?? '',
    // Every entry goes through the collection's schema in the loader (parseData): once is enough.
    validate: false,
  });
  return {
    kind: 'cms',
    findAll: (name, options) => client.findAll(name, options),
    listKeys: (name) => client.listKeys(name),
    count: (name) => client.count(name),
    mark: (name) => client.mark(name),
    findSingle: (name) => client.findSingle(name),
    stats: () => ({ ...client.stats }),
  };
};

// A snapshot is what the CMS returned, saved as JSON; entries still pass the collection schemas.
// Read when first asked: the config's module graph creates a source too, and never asks it.
const fromSnapshot = (file: string): ContentSource => {
  let snapshot: Snapshot | undefined;
  const read = (): Snapshot => (snapshot ??= JSON.parse(readFileSync(file, 'utf8')) as Snapshot);
  return {
    kind: 'snapshot',
    findAll: async (name) => (read()[name] ?? []) as EntryOf<typeof name>[],
    listKeys: null,
    count: null,
    mark: null,
    findSingle: async (name) => (read()[name] ?? null) as EntryOf<typeof name> | null,
    stats: () => ({ requests: 0, bytes: 0 }),
  };
};

const none: ContentSource = {
  kind: 'none',
  findAll: async () => [],
  listKeys: null,
  count: null,
  mark: null,
  findSingle: async () => null,
  stats: () => ({ requests: 0, bytes: 0 }),
};

export const contentSource = (): ContentSource => {
  if (process.env.CONTENT_SNAPSHOT) return fromSnapshot(process.env.CONTENT_SNAPSHOT);
  if (process.env.CONTENT_SOURCE === 'none') return none;
  return fromCms();
};
