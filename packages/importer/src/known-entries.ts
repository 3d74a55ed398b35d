import type { CmsApi } from './cms-api';
import { importedCollections, type Collection } from './site-routes';

export type KnownEntry = { collection: Collection; slug: string; importSource: string | null; legacyPaths: string[] };

/** Entries already in the CMS that links can point to: their slug, source file and old addresses. */
export const knownEntries = async (api: CmsApi): Promise<KnownEntry[]> => {
  const entries: KnownEntry[] = [];
  for (const collection of importedCollections) {
    const fields = collection === 'events' ? ['slug', 'legacyPaths'] : ['slug', 'legacyPaths', 'importSource'];
    for (let page = 1; ; page += 1) {
      const response = await api.get<{ data: Array<{ slug: string; importSource?: string | null; legacyPaths?: string | null }>; meta: { pagination: { pageCount: number } } }>(
        `/api/${collection}?status=draft&${fields.map((f, i) => `fields[${i}]=${f}`).join('&')}&pagination[page]=${page}&pagination[pageSize]=100`,
      );
      for (const entry of response.data) {
        entries.push({
          collection,
          slug: entry.slug,
          importSource: entry.importSource ?? null,
          legacyPaths: (entry.legacyPaths ?? '').split('\n').map((l) => l.trim()).filter(Boolean),
        });
      }
      if (page >= response.meta.pagination.pageCount) break;
    }
  }
  return entries;
};
