import { getCollection, type CollectionEntry, type DataCollectionKey } from 'astro:content';

const cache = new Map<string, Promise<unknown>>();

/**
 * Every entry of a collection, read once per build: Astro copies the entries on each getCollection,
 * and with thousands of articles the list, tag and feed pages would each pay for it.
 * Callers must not mutate the array they get (copy before sorting).
 */
export const collection = <C extends DataCollectionKey>(name: C): Promise<readonly CollectionEntry<C>[]> => {
  if (!cache.has(name)) cache.set(name, getCollection(name));
  return cache.get(name) as Promise<readonly CollectionEntry<C>[]>;
};
