import type { ContentStore } from '../../engine/astro/astro-internals';
import { buildTime } from '../build-time';
import { isVisible, type Scheduled } from '../visibility';
import { alternatesByPath, type Alternates } from './alternates';

/** A collection's entries as the raw store keeps them, those with a page at the build's time (as pageEntries). */
export const visibleStoredEntries = (store: ContentStore, collection: string): { id: string; data: object }[] => {
  const now = buildTime();
  return [...(store.get(collection)?.entries() ?? [])]
    .map(([id, entry]) => ({ id, data: (entry as { data?: object }).data ?? {} }))
    .filter((entry) => isVisible(entry.data as Scheduled, now));
};

/** Every page's versions in other languages, from the raw store: the sitemap's and the fast rebuild's view. */
export const storedAlternates = (store: ContentStore, listExists: (path: string) => boolean): Map<string, Alternates> =>
  alternatesByPath((collection) => visibleStoredEntries(store, collection), listExists);

const same = (a: Alternates | undefined, b: Alternates | undefined): boolean => JSON.stringify(a ?? {}) === JSON.stringify(b ?? {});

/**
 * The pages whose versions in other languages changed between two states of the content: their
 * hreflang links and language selector change, though their own entry may not (a translation
 * added, removed or renamed).
 */
export const movedAlternates = (before: ReadonlyMap<string, Alternates>, after: ReadonlyMap<string, Alternates>): Set<string> =>
  new Set([...new Set([...before.keys(), ...after.keys()])].filter((path) => !same(before.get(path), after.get(path))));
