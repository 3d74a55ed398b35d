import type { Loader } from 'astro/loaders';
import type { CollectionTypeName, SingleTypeName } from '@bluehats/content-types';
import { createStrapiClient } from '@bluehats/strapi-client';

// One client for the whole build, so its request counter covers every collection.
const client = createStrapiClient({
  url: process.env.STRAPI_URL ?? 'http://127.0.0.1:1337',
  token: process.env.STRAPI_TOKEN ?? '',
});

export const strapiStats = client.stats;

type Keyed = { documentId: string; slug?: string | null };

const entryId = (entry: Keyed): string => entry.slug ?? entry.documentId;

/**
 * Loads every published entry of a collection type into Astro's store, keyed by slug. Entries
 * whose digest has not changed since the last build are left as they are, so the pages built
 * from them are not reprocessed; entries gone from the CMS (deleted or unpublished) are removed.
 */
export const strapiCollection = (name: CollectionTypeName): Loader => ({
  name: `strapi:${name}`,
  load: async ({ store, parseData, generateDigest, logger }) => {
    const entries = (await client.findAll(name)) as Keyed[];
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
    const entry = await client.findSingle(name);
    const digest = generateDigest(entry as unknown as Record<string, unknown>);
    if (store.get(name)?.digest === digest) return;
    store.clear();
    store.set({ id: name, data: await parseData({ id: name, data: entry as unknown as Record<string, unknown> }), digest });
  },
});
