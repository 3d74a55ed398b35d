import { contentTypes, defaultLocale } from '@bluehats/content-types';
import type { CmsApi } from './cms-api';
import type { Locale } from '@bluehats/content-types';
import { cmsQuery } from './query-string';
import { importedCollections, type Collection } from './site-routes';

export type KnownEntry = { collection: Collection; documentId: string; slug: string; title: string; importSource: string | null; importDigest: string | null; legacyPaths: string[] };

/**
 * Entries already in the CMS in one language (French, the default locale, unless told), read once
 * per run, 100 at a time: links can point to them, and a file whose entry is unchanged costs no
 * request of its own.
 */
export const knownEntries = async (api: CmsApi, locale: Locale = defaultLocale): Promise<KnownEntry[]> => {
  const entries: KnownEntry[] = [];
  // A type without languages has no English entries: asked for some, Strapi would answer its French ones.
  for (const collection of importedCollections.filter((c) => locale === defaultLocale || contentTypes[c].localized)) {
    const fields = collection === 'events' ? ['slug', 'title', 'legacyPaths'] : ['slug', 'title', 'legacyPaths', 'importSource', 'importDigest'];
    for (let page = 1; ; page += 1) {
      const response = await api.get<{ data: Array<{ documentId: string; slug: string; title: string; importSource?: string | null; importDigest?: string | null; legacyPaths?: string | null }>; meta: { pagination: { pageCount: number } } }>(
        `/api/${collection}?${cmsQuery({ status: 'draft', ...(locale === defaultLocale ? {} : { locale }), fields, pagination: { page, pageSize: 100 } })}`,
      );
      for (const entry of response.data) {
        entries.push({
          collection,
          documentId: entry.documentId,
          slug: entry.slug,
          title: entry.title,
          importSource: entry.importSource ?? null,
          importDigest: entry.importDigest ?? null,
          legacyPaths: (entry.legacyPaths ?? '').split('\n').map((l) => l.trim()).filter(Boolean),
        });
      }
      if (page >= response.meta.pagination.pageCount) break;
    }
  }
  return entries;
};
