import { getCollection, type CollectionEntry, type DataCollectionKey } from 'astro:content';
import { buildTime } from './build-time';
import { isVisible, type Scheduled } from './visibility';

const stored = new Map<string, Promise<unknown>>();
const visible = new Map<string, Promise<unknown>>();

/**
 * Every entry of a collection in the store, read once per build: Astro copies the entries on each
 * getCollection, and with thousands of articles the list, tag and feed pages would each pay for it.
 * Scheduled entries not yet (or no longer) visible are included: the time boundaries need them.
 */
export const storedEntries = <C extends DataCollectionKey>(name: C): Promise<readonly CollectionEntry<C>[]> => {
  if (!stored.has(name)) stored.set(name, getCollection(name));
  return stored.get(name) as Promise<readonly CollectionEntry<C>[]>;
};

/**
 * The entries the site shows at the build's time: published, and inside their scheduled window
 * when an editor set one. Every page reads this, so a scheduled entry is absent everywhere at
 * once (lists, tags, feed, site map, search). Callers must not mutate the array (copy before sorting).
 */
export const collection = <C extends DataCollectionKey>(name: C): Promise<readonly CollectionEntry<C>[]> => {
  if (!visible.has(name)) {
    const now = buildTime();
    visible.set(name, storedEntries(name).then((all) => all.filter((entry) => isVisible(entry.data as Scheduled, now))));
  }
  return visible.get(name) as Promise<readonly CollectionEntry<C>[]>;
};
