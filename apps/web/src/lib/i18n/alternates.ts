import { collectionOf, DEFAULT_LOCALE, homeOf, LOCALES, type Locale } from './locales';
import { detailTypesIn, entryPath, sectionsIn } from './sections';
import { SITE_PAGES } from './site-pages';

/** A page's versions, by language: only the languages in which the page really exists. */
export type Alternates = Partial<Record<Locale, string>>;

type Entry = { id: string; data: object };

/** The entries that have a page, by collection: Astro's (pages) or the raw store's (sitemap). */
export type EntriesOf = (collection: string) => Iterable<Entry>;

const documentIdOf = (data: object): string | null => ('documentId' in data && typeof data.documentId === 'string' ? data.documentId : null);

/**
 * Every page that has a version in another language, by its address: the homes, the sections
 * both languages have a list page of (`listExists`: French has no list of its pages), and each entry's page in each language it is translated into (a translation
 * is the same Strapi document, same documentId, in another locale).
 */
export const alternatesByPath = (entriesOf: EntriesOf, listExists: (path: string) => boolean): Map<string, Alternates> => {
  const groups = new Map<string, Alternates>();
  const add = (key: string, locale: Locale, path: string | null): void => {
    if (path === null) return;
    groups.set(key, { ...groups.get(key), [locale]: path });
  };
  for (const locale of LOCALES) {
    add('home', locale, homeOf(locale));
    for (const [name, paths] of Object.entries(SITE_PAGES)) add(name, locale, paths[locale]);
    for (const section of sectionsIn(locale)) add(`section:${section.name}`, locale, listExists(section.path) ? section.path : null);
    for (const type of detailTypesIn(locale)) {
      for (const entry of entriesOf(collectionOf(type.name, locale))) {
        const documentId = documentIdOf(entry.data);
        if (documentId) add(`${type.name}:${documentId}`, locale, entryPath(type.name, locale, entry.id));
      }
    }
  }
  const byPath = new Map<string, Alternates>();
  for (const alternates of groups.values()) {
    if (Object.keys(alternates).length < 2) continue;
    for (const path of Object.values(alternates)) byPath.set(path, alternates);
  }
  return byPath;
};

/** Where the language selector leads from a page: its version in that language, else that language's home, never a 404. */
export const selectorTarget = (alternates: Alternates | undefined, locale: Locale): string => alternates?.[locale] ?? homeOf(locale);

/**
 * A page's hreflang links, for its head and for the sitemap: each language's version, then
 * `x-default`, the default language's version (what search engines offer readers of any other
 * language); none for a page that exists in one language only.
 */
export const hreflangLinks = (alternates: Alternates | undefined): Array<{ lang: string; path: string }> => {
  const versions = Object.entries(alternates ?? {});
  if (versions.length < 2) return [];
  const fallback = alternates?.[DEFAULT_LOCALE];
  return [...versions.map(([lang, path]) => ({ lang, path })), ...(fallback ? [{ lang: 'x-default', path: fallback }] : [])];
};
