import { ASSETS_FOLDER, type ContentStore } from '../engine/astro/astro-internals';
import { collectionOf, LOCALES } from './i18n/locales';
import { detailTypesIn, sectionOf } from './i18n/sections';
import { SITE_PAGES } from './i18n/site-pages';

/**
 * The folder of each collection's detail pages, in each language (`/articles/<id>/`, `/en/articles/<id>/`), and the fields that date the
 * entry's last change, the first one set winning: « Dernière mise à jour » (revisedAt), which a
 * minor correction leaves as it was (apps/cms/src/lifecycle/), else Strapi's updatedAt.
 */
const detailFolders: ReadonlyArray<{ collection: string; path: string; changed: readonly string[] }> = [
  ...LOCALES.flatMap((locale) =>
    detailTypesIn(locale).map((type) => ({ collection: collectionOf(type.name, locale), path: sectionOf(type.name, locale)?.path ?? '', changed: ['revisedAt', 'updatedAt'] })),
  ),
  // The repository's pages: the date of their last review, in their front matter.
  { collection: 'mdxPages', path: '/pages/', changed: ['updated'] },
];

/** The files @astrojs/sitemap writes: written again by each build, never taken from the previous one. */
export const SITEMAP_FILE = /^sitemap-(index|\d+)\.xml$/;

// Results of a search, in any language, are not content a search engine should list.
const UNLISTED: ReadonlySet<string> = new Set(Object.values(SITE_PAGES.search));
// Not pages of the site: its assets and its search index.
const NOT_PAGES = new RegExp(`(^|/)(${ASSETS_FOLDER}|pagefind|\\.[^/]*)/`);

/**
 * The pages a sitemap lists, among the files of an output: those of the fast rebuild are mostly
 * taken from the previous output, so the list comes from the files, not from what was rendered.
 * An old address's redirect page (`noindex`) is not listed; a partial rebuild knows them already.
 */
export const listedPages = (files: Iterable<string>, redirectPages: ReadonlySet<string>): string[] => {
  const routes: string[] = [];
  for (const file of files) {
    if (!(file === 'index.html' || file.endsWith('/index.html')) || NOT_PAGES.test(file) || redirectPages.has(file)) continue;
    const route = `/${file.slice(0, -'index.html'.length)}`;
    if (!UNLISTED.has(route)) routes.push(route);
  }
  return routes.sort();
};

/** When each entry's page last changed, by the path of its page. */
export const lastChanges = (store: ContentStore): Map<string, string> => {
  const changes = new Map<string, string>();
  for (const { collection, path, changed } of detailFolders) {
    for (const [id, entry] of store.get(collection) ?? []) {
      const data = (entry as { data?: Record<string, unknown> }).data;
      const date = changed.map((field) => data?.[field]).find((value) => typeof value === 'string');
      if (typeof date === 'string') changes.set(`${path}${id}/`, date);
    }
  }
  return changes;
};
