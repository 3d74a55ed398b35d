import { contentTypes, routedTypes } from '@bluehats/content-types';
import { collectionOf, localeOfPath, localePrefix, LOCALES } from './i18n/locales';
import { detailTypesIn, sectionOf } from './i18n/sections';
import { isVisible, type Scheduled } from './visibility';

/** One old address of the legacy site and the page of the new site it now leads to. */
export type LegacyRedirect = {
  /** The old path as the editor wrote it (percent-encoded or not), e.g. /fr/blog/mon-article/. */
  from: string;
  /** The entry's page on this site, e.g. /articles/mon-article/. */
  to: string;
  /** The entry's title, for the link of the redirect page and for error messages. */
  title: string;
  /**
   * A line of « Anciennes adresses des rubriques » (site settings): an old listing, tag or feed
   * address. Written by the import ahead of publication, so the build skips one whose target it has
   * not written (a tag without a published entry) rather than fail.
   */
  section?: true;
};

// Where each collection with a page per entry shows its entries, in each language (the registry's
// routes: `/articles/`, `/en/articles/`); only the entries whose type has « Anciennes adresses » list
// any. An English entry's old addresses (its own, the field is translated) lead to its English page.
const detailSections = LOCALES.flatMap((locale) =>
  detailTypesIn(locale).map((type) => [collectionOf(type.name, locale), sectionOf(type.name, locale)?.path ?? `/${type.section}/`] as const),
);

type StoredEntry = { id: string; data: Scheduled & { title?: unknown; legacyPaths?: unknown } };

/** The content store as Astro keeps it (engine/astro/astro-internals.ts): collection → id → entry. */
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

const settings = contentTypes['site-setting'];

/** The name a section redirect's page gives its target: a section's label, an entry's title, else the path. */
// In the language of the address it leads to: `/en/articles/` is named by its English section.
const targetTitle = (store: StoreCollections, to: string): string => {
  const locale = localeOfPath(to);
  const [section, id] = to.slice(localePrefix(locale).length).split('/').filter(Boolean);
  const type = routedTypes.find((t) => sectionOf(t.name, locale)?.folder === section);
  if (!type) return to;
  if (id === undefined) return sectionOf(type.name, locale)?.label ?? to;
  const entry = store.get(collectionOf(type.name, locale))?.get(decodeURIComponent(id)) as StoredEntry | undefined;
  const data = entry?.data as { title?: unknown; name?: unknown } | undefined;
  return String(data?.title ?? data?.name ?? to);
};

/**
 * « Anciennes adresses des rubriques » of the site settings: `<old> <new>` a line, an old listing,
 * tag or feed address and the page of this site it leads to. Lines that are not two safe paths are
 * skipped (the CMS refuses them at save time).
 */
export const sectionRedirects = (store: StoreCollections): LegacyRedirect[] => {
  const entry = store.get(settings.collection)?.get(settings.singularName) as { data?: { sectionRedirects?: unknown } } | undefined;
  const value = entry?.data?.sectionRedirects;
  if (typeof value !== 'string') return [];
  return value.split(/\r?\n/).flatMap((line): LegacyRedirect[] => {
    const [from, to, ...rest] = line.trim().split(/\s+/);
    if (!from || !to || rest.length || [from, to].some((p) => !p.startsWith('/') || UNSAFE.test(p))) return [];
    try {
      if ([from, to].some((p) => UNSAFE.test(comparablePath(p)))) return [];
    } catch {
      return [];
    }
    return [{ from, to, title: targetTitle(store, to), section: true }];
  });
};

/**
 * Every old address listed by a visible entry, with the page it leads to, then the old section
 * addresses of the site settings that no entry claims, in a stable order. Throws, naming the
 * entries, when a line is not a safe path or when two entries list one path.
 */
export const legacyRedirects = (store: StoreCollections, now: Date): LegacyRedirect[] => {
  const redirects: LegacyRedirect[] = [];
  const owners = new Map<string, LegacyRedirect>();
  for (const [collection, section] of detailSections) {
    const entries = [...(store.get(collection)?.values() ?? [])] as StoredEntry[];
    for (const { id, data } of entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
      if (typeof data.legacyPaths !== 'string' || !isVisible(data, now)) continue;
      const redirect = { to: `${section}${id}/`, title: String(data.title ?? id) };
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
  for (const redirect of sectionRedirects(store)) {
    const key = comparablePath(redirect.from);
    if (owners.has(key)) continue;
    owners.set(key, redirect);
    redirects.push(redirect);
  }
  return redirects;
};
