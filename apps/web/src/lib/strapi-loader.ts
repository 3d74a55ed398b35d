import type { Loader } from 'astro/loaders';
import type { CollectionTypeName, SingleTypeName } from '@bluehats/content-types';
import { contentSource } from './content-source';

// One source for the whole build, so its request counter covers every collection.
const source = contentSource();

export const contentStats = source.stats;

type Keyed = { documentId: string; slug?: string | null };

const entryId = (entry: Keyed): string => entry.slug ?? entry.documentId;

// Publishing an empty site over a good one is the worst failure a static build can have.
const mustHaveEntries: ReadonlySet<CollectionTypeName> = new Set(['articles', 'pages']);

/**
 * Loads every published entry of a collection type into Astro's store, keyed by slug. Entries
 * whose digest has not changed since the last build are left as they are, so the pages built
 * from them are not reprocessed; entries gone from the CMS (deleted or unpublished) are removed.
 */
export const strapiCollection = (name: CollectionTypeName): Loader => ({
  name: `strapi:${name}`,
  load: async ({ store, parseData, generateDigest, logger }) => {
    const entries = (await source.findAll(name)) as Keyed[];
    if (entries.length === 0 && source.kind === 'cms' && mustHaveEntries.has(name) && process.env.ALLOW_EMPTY_SITE !== '1') {
      throw new Error(
        `Aucune entrée publiée dans ${name} : construction arrêtée pour ne pas remplacer le site en ligne par un site vide (ALLOW_EMPTY_SITE=1 pour passer outre).`,
      );
    }
    const seen = new Set<string>();
    let changed = 0;
    for (const entry of entries) {
      const id = entryId(entry);
      seen.add(id);
      const digest = generateDigest(entry as unknown as Record<string, unknown>);
      if (store.get(id)?.digest === digest) continue;
      const data = await parseData({ id, data: entry as unknown as Record<string, unknown> });
      store.set({ id, data, digest });
      changed += 1;
    }
    for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
    logger.info(`${entries.length} entrées publiées, ${changed} nouvelles ou modifiées.`);
  },
});

/** A single type becomes a collection of one entry whose id is the type's name. */
export const strapiSingle = (name: SingleTypeName): Loader => ({
  name: `strapi:${name}`,
  load: async ({ store, parseData, generateDigest }) => {
    const entry = await source.findSingle(name);
    if (!entry) {
      store.clear();
      return;
    }
    const digest = generateDigest(entry as unknown as Record<string, unknown>);
    if (store.get(name)?.digest === digest) return;
    store.clear();
    store.set({ id: name, data: await parseData({ id: name, data: entry as unknown as Record<string, unknown> }), digest });
  },
});
