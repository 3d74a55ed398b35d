import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { buildTime } from './build-time';
import { perContentGeneration } from '../engine/content/content-generation';
import { isVisible, type Scheduled } from './visibility';

type Entries = Promise<readonly CollectionEntry<CollectionKey>[]>;

// In the order of their keys: the store's order is that of past fetches (an edited entry keeps its
// place, a fresh fetch has another), and no page may change because of it.
const byKey = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const stored = perContentGeneration(async (name: CollectionKey): Entries => (await getCollection(name)).sort(byKey));
const visible = perContentGeneration(async (name: CollectionKey): Entries => {
  const now = buildTime();
  return (await stored(name)).filter((entry) => isVisible(entry.data as Scheduled, now));
});

/**
 * Every entry of a collection in the store, read once per build (or per content update of the fast
 * rebuild): Astro copies the entries on each getCollection, and with thousands of articles the
 * list, tag and feed pages would each pay for it.
 * Scheduled entries not yet (or no longer) visible are included: the time boundaries need them.
 */
export const storedEntries = <C extends CollectionKey>(name: C): Promise<readonly CollectionEntry<C>[]> =>
  stored(name) as unknown as Promise<readonly CollectionEntry<C>[]>;

/**
 * The entries the site shows at the build's time: published, and inside their scheduled window
 * when an editor set one. Every page reads this, so a scheduled entry is absent everywhere at
 * once (lists, tags, feed, site map, search). Callers must not mutate the array (copy before sorting).
 */
export const collection = <C extends CollectionKey>(name: C): Promise<readonly CollectionEntry<C>[]> =>
  visible(name) as unknown as Promise<readonly CollectionEntry<C>[]>;
