import type { CollectionKey } from 'astro:content';
import type { ContentTypeName } from '@bluehats/content-types';
import { collection, pageEntries } from '../collections';
import { collectionOf, type Locale } from './locales';

/** What the generic English pages show of an entry, whatever its type. */
export type Shown = { id: string; title: string; summary: string | null; date: string | null; data: object };

const text = (data: object, key: string): string | null => {
  const value = (data as Record<string, unknown>)[key];
  return typeof value === 'string' && value !== '' ? value : null;
};

// Each type names its fields its own way: an article's description, an event's summary, a tag's name.
const shown = (entry: { id: string; data: object }): Shown => ({
  id: entry.id,
  title: text(entry.data, 'title') ?? text(entry.data, 'name') ?? entry.id,
  summary: text(entry.data, 'description') ?? text(entry.data, 'summary'),
  date: text(entry.data, 'date') ?? text(entry.data, 'startsAt') ?? text(entry.data, 'opensAt'),
  data: entry.data,
});

// Dated entries newest first, the others by title: the order of a list a reader scans.
const byDateThenTitle = (a: Shown, b: Shown): number =>
  (b.date ?? '').localeCompare(a.date ?? '') || a.title.localeCompare(b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A type's entries listed in a locale (published, in their window, not archived), in reading order. */
export const listedIn = async (name: ContentTypeName, locale: Locale): Promise<Shown[]> =>
  (await collection(collectionOf(name, locale) as CollectionKey)).map(shown).sort(byDateThenTitle);

/** A type's entries that have a page in a locale (archived ones included). */
export const pagesIn = async (name: ContentTypeName, locale: Locale): Promise<Shown[]> =>
  (await pageEntries(collectionOf(name, locale) as CollectionKey)).map(shown).sort(byDateThenTitle);
