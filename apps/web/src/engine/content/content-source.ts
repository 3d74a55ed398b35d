import { readFileSync } from 'node:fs';
import type { CollectionTypeName, EntryOf, SingleTypeName } from '@bluehats/content-types';
import { createStrapiClient, StrapiClientError, type ChangeMark, type StrapiClient, type EntryKey, type FindOptions, type LocaleOption, type RowRange } from '@bluehats/strapi-client';
import { DEFAULT_LOCALE, questionKey, type Locale } from '../../lib/i18n/locales';

/** Where the build reads content: the CMS (default), a JSON snapshot of it, or nothing (type checking). */
export type ContentSource = {
  kind: 'cms' | 'snapshot' | 'none';
  findAll: <K extends CollectionTypeName>(name: K, options?: FindOptions) => Promise<EntryOf<K>[]>;
  /** Keys of every published entry (whose row id is in `rows`, when given); null when the source cannot list them (then loads are full). */
  listKeys: ((name: CollectionTypeName, locale?: Locale, rows?: RowRange) => Promise<EntryKey[]>) | null;
  /** How many entries are published (whose row id is in `rows`, when given); null when the source cannot tell (then loads are full). */
  count: ((name: CollectionTypeName, locale?: Locale, rows?: RowRange) => Promise<number>) | null;
  /** Where a type's edits stand; null when the source cannot tell (then loads are full). */
  mark: ((name: CollectionTypeName, locale?: Locale) => Promise<ChangeMark>) | null;
  findSingle: <K extends SingleTypeName>(name: K, locale?: Locale) => Promise<EntryOf<K> | null>;
  stats: () => { requests: number; bytes: number };
};

type Snapshot = Partial<Record<string, unknown>>;

// French is asked without a locale, as before the site spoke English: its requests stay the same.
const asked = (locale: Locale | undefined): LocaleOption => (locale && locale !== DEFAULT_LOCALE ? { locale } : {});

/** The CMS behind a client, as the loaders ask it (also what content-snapshot.ts saves). */
export const cmsSource = (client: StrapiClient): ContentSource => {
  return {
    kind: 'cms',
    findAll: (name, options) => client.findAll(name, { ...options, locale: undefined, ...asked(options?.locale) }),
    listKeys: (name, locale, rows) => client.listKeys(name, { ...asked(locale), rows }),
    count: (name, locale, rows) => client.count(name, { ...asked(locale), rows }),
    mark: (name, locale) => client.mark(name, asked(locale)),
    // A single type not yet translated has no English version: Strapi answers 404, the site says the French one.
    findSingle: async (name, locale) => {
      try {
        return await client.findSingle(name, asked(locale));
      } catch (error) {
        if (locale && locale !== DEFAULT_LOCALE && error instanceof StrapiClientError && error.status === 404) return null;
        throw error;
      }
    },
    stats: () => ({ ...client.stats }),
  };
};

// A snapshot is what the CMS returned, saved as JSON; entries still pass the collection schemas.
// Read when first asked: the config's module graph creates a source too, and never asks it.
// A locale other than French is under its own key (`articles@en`).
const fromSnapshot = (file: string): ContentSource => {
  let snapshot: Snapshot | undefined;
  const read = (): Snapshot => (snapshot ??= JSON.parse(readFileSync(file, 'utf8')) as Snapshot);
  return {
    kind: 'snapshot',
    findAll: async (name, options) => (read()[questionKey(name, options?.locale ?? DEFAULT_LOCALE)] ?? []) as EntryOf<typeof name>[],
    listKeys: null,
    count: null,
    mark: null,
    findSingle: async (name, locale = DEFAULT_LOCALE) => (read()[questionKey(name, locale)] ?? null) as EntryOf<typeof name> | null,
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
  return cmsSource(
    createStrapiClient({
      url: process.env.STRAPI_URL ?? 'http://127.0.0.1:1337',
      token: process.env.STRAPI_TOKEN ?? '',
      // Every entry goes through the collection's schema in the loader (parseData): once is enough.
      validate: false,
    }),
  );
};
