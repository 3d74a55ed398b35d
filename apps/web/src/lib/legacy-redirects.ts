import type { CollectionEntry, CollectionKey } from 'astro:content';
import { isVisible, type Scheduled } from './visibility';

/** One old address of the legacy site and the page of the new site it now leads to. */
export type LegacyRedirect = {
  /** The old path as the editor wrote it (percent-encoded or not), e.g. /fr/blog/mon-article/. */
  from: string;
  /** The entry's page on this site, e.g. /articles/mon-article/. */
  to: string;
  /** The entry's title, for the link of the redirect page and for error messages. */
  title: string;
};

type WithLegacyPaths = {
  [K in CollectionKey]: 'legacyPaths' extends keyof CollectionEntry<K>['data'] ? K : never;
}[CollectionKey];

// Where each collection that has « Anciennes adresses » shows its entries; the compiler asks for a
// new one here as soon as its schema gains the field.
const detailSections = {
  articles: 'articles',
  projectCalls: 'appels-a-projets',
  events: 'evenements',
  pages: 'pages',
} as const satisfies Record<WithLegacyPaths, string>;

type StoredEntry = { id: string; data: Scheduled & { title?: unknown; legacyPaths?: unknown } };

/** The content store as Astro keeps it (data-store.json): collection → id → entry. */
export type StoreCollections = ReadonlyMap<string, ReadonlyMap<string, unknown>>;

// The CMS refuses these at save time; the build checks again, because the files it writes must
// not be a way out of an nginx map or of the HTML of a page whatever the database holds.
const UNSAFE = /[\s"'`<>\\{};$?#]|\/\/|(^|\/)\.\.?(\/|$)/;

/** "/fr/a/" and "/fr/a" are one page for a static host. */
export const comparablePath = (path: string): string => {
  const decoded = decodeURI(path);
  return decoded.length > 1 ? decoded.replace(/\/+$/, '') : decoded;
};

const safeKey = (from: string, title: string): string => {
  const refused = new Error(`Ancienne adresse refusée « ${from} » dans « ${title} » : ce n’est pas un chemin sûr.`);
  if (!from.startsWith('/') || UNSAFE.test(from)) throw refused;
  try {
    const key = comparablePath(from);
    if (UNSAFE.test(key)) throw refused;
    return key;
  } catch {
    throw refused;
  }
};

/**
 * Every old address listed by a visible entry, with the page it leads to, in a stable order.
 * Throws, naming the entries, when a line is not a safe path or when two entries list one path.
 */
export const legacyRedirects = (store: StoreCollections, now: Date): LegacyRedirect[] => {
  const redirects: LegacyRedirect[] = [];
  const owners = new Map<string, LegacyRedirect>();
  for (const [collection, section] of Object.entries(detailSections)) {
    const entries = [...(store.get(collection)?.values() ?? [])] as StoredEntry[];
    for (const { id, data } of entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
      if (typeof data.legacyPaths !== 'string' || !isVisible(data, now)) continue;
      const redirect = { to: `/${section}/${id}/`, title: String(data.title ?? id) };
      for (const from of data.legacyPaths.split(/\r?\n/).map((line) => line.trim()).filter(Boolean)) {
        const key = safeKey(from, redirect.title);
        const other = owners.get(key);
        if (other && other.to !== redirect.to) {
          throw new Error(`L’ancienne adresse « ${from} » est listée par « ${other.title} » et par « ${redirect.title} » : une seule entrée peut la garder.`);
        }
        if (other) continue;
        owners.set(key, { from, ...redirect });
        redirects.push({ from, ...redirect });
      }
    }
  }
  return redirects;
};
