import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { buildTime } from './build-time';
import { perContentGeneration } from '../engine/content/content-generation';
import { isVisible, type Archivable, type Scheduled } from './visibility';

type Entries = Promise<readonly CollectionEntry<CollectionKey>[]>;

// In the order of their keys: the store's order is that of past fetches (an edited entry keeps its
// place, a fresh fetch has another), and no page may change because of it.
const byKey = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const stored = perContentGeneration(async (name: CollectionKey): Entries => (await getCollection(name)).sort(byKey));
const visible = perContentGeneration(async (name: CollectionKey): Entries => {
  const now = buildTime();
  return (await stored(name)).filter((entry) => isVisible(entry.data as Scheduled, now));
});
const listed = perContentGeneration(async (name: CollectionKey): Entries =>
  (await visible(name)).filter((entry) => (entry.data as Archivable).archived !== true),
);

/**
 * Every entry of a collection in the store, read once per build (or per content update of the fast
 * rebuild): Astro copies the entries on each getCollection, and with thousands of articles the
 * list, tag and feed pages would each pay for it.
 * Scheduled entries not yet (or no longer) visible are included: the time boundaries need them.
 */
export const storedEntries = <C extends CollectionKey>(name: C): Promise<readonly CollectionEntry<C>[]> =>
  stored(name) as unknown as Promise<readonly CollectionEntry<C>[]>;

/**
 * The entries the site lists at the build's time: published, inside their scheduled window when an
 * editor set one, and not archived. Every list reads this, so a scheduled entry is absent everywhere
 * at once (lists, tags, feed, site map, search), and an archived one leaves the lists, the home
 * page, the feeds and the pagination. Callers must not mutate the array (copy before sorting).
 */
export const collection = <C extends CollectionKey>(name: C): Promise<readonly CollectionEntry<C>[]> =>
  listed(name) as unknown as Promise<readonly CollectionEntry<C>[]>;

/**
 * The entries that have a page at the build's time: those of `collection`, and the archived ones,
 * whose page stays online at its address with the archive notice. Detail routes read this.
 */
export const pageEntries = <C extends CollectionKey>(name: C): Promise<readonly CollectionEntry<C>[]> =>
  visible(name) as unknown as Promise<readonly CollectionEntry<C>[]>;
