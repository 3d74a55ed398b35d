import type { CollectionKey } from 'astro:content';
import type { ContentTypeName } from '@bluehats/content-types';
import { newestFirst } from '../article-order';
import { collection, pageEntries } from '../collections';
import { ENTRIES_PER_PAGE, pagesOf, type ListPage } from '../pagination';
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

// Dated entries newest first, then by slug: the French article list's order (lib/article-order.ts),
// so that the English list and its pages match it; the others (topics, pages) by title.
const readingOrder = (a: Shown, b: Shown): number =>
  a.date !== null && b.date !== null
    ? newestFirst({ id: a.id, data: { date: a.date } }, { id: b.id, data: { date: b.date } })
    : (b.date ?? '').localeCompare(a.date ?? '') || a.title.localeCompare(b.title) || a.id.localeCompare(b.id);

/** A type's entries listed in a locale (published, in their window, not archived), in reading order. */
export const listedIn = async (name: ContentTypeName, locale: Locale): Promise<Shown[]> =>
  (await collection(collectionOf(name, locale) as CollectionKey)).map(shown).sort(readingOrder);

/** A type's entries that have a page in a locale (archived ones included). */
export const pagesIn = async (name: ContentTypeName, locale: Locale): Promise<Shown[]> =>
  (await pageEntries(collectionOf(name, locale) as CollectionKey)).map(shown).sort(readingOrder);

/** A section's list in a locale cut into pages as the French articles are (`ENTRIES_PER_PAGE`): the first at the section's address. */
export const listPagesIn = async (name: ContentTypeName, locale: Locale): Promise<ListPage<Shown>[]> => pagesOf(await listedIn(name, locale), ENTRIES_PER_PAGE);
