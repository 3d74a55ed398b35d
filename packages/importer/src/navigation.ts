import { defaultLocale, type Locale } from '@bluehats/content-types';
import { CmsWriteError, type CmsApi } from './cms-api';
import type { NavigationEntry } from './front-matter';
import { cmsQuery } from './query-string';
import type { Action } from './writer';

export type MenuLink = { label: string; url: string };

/** One `eleventyNavigation` of the run: the file that carries it and that file's new address, if it has a page. */
export type NavigationSource = { source: string; entry: NavigationEntry; newUrl: string | null };

export type Menu = { links: MenuLink[]; notes: Array<{ source: string; note: string }> };

// The CMS's limits for a link (component shared.link).
const MAX_LABEL = 80;

/**
 * The old site's menu as the Navigation's main menu: the top-level entries (no `parent`) in their
 * `order`, each pointing to the new address of the page that carries it, or of the page or section
 * its `url` named on the old site. The site's menu has one level: an entry under a parent is not
 * lost silently, the report names it.
 */
export const menuOf = (sources: NavigationSource[], routeOfOldPath: (oldPath: string) => string | null): Menu => {
  const notes: Menu['notes'] = [];
  const top = sources
    .filter((s) => !s.entry.parent)
    .sort((a, b) => (a.entry.order ?? Number.MAX_SAFE_INTEGER) - (b.entry.order ?? Number.MAX_SAFE_INTEGER) || a.entry.key.localeCompare(b.entry.key, 'fr'));
  const links: MenuLink[] = [];
  for (const { source, entry, newUrl } of top) {
    const label = (entry.title ?? entry.key).slice(0, MAX_LABEL);
    const named = entry.url ? (routeOfOldPath(entry.url) ?? routeOfOldPath(`${entry.url.replace(/\/?$/, '/')}`)) : null;
    const url = named ?? newUrl ?? entry.url;
    if (!url) {
      notes.push({ source, note: `entrée de menu « ${label} » sans adresse (ni page, ni url) : non reprise` });
      continue;
    }
    if (!named && !newUrl) notes.push({ source, note: `entrée de menu « ${label} » : ${url} ne mène à aucune page importée, adresse gardée telle quelle (à vérifier)` });
    links.push({ label, url });
  }
  for (const { source, entry } of sources.filter((s) => s.entry.parent)) {
    notes.push({ source, note: `entrée de menu « ${entry.title ?? entry.key} » sous « ${entry.parent} » : le menu du site n’a qu’un niveau, ajoutez-la depuis l’administration si elle manque` });
  }
  return { links, notes };
};

/**
 * The main menu once the imported links are in. The import's own menu (empty, or only links it
 * makes) takes the imported links it lacks, at its end. In French a link with the label or address
 * of an imported one is also replaced where it stands, as before: the old site's French menu is the
 * one the site takes over. Another language's menu with a link the import does not make was written
 * in the admin (the English site had only that until the import read English files): it is kept as
 * it is, as an English version written there is never overwritten, and the links it lacks are
 * returned for the report. Nothing is ever removed or reordered.
 */
export const mergeMenu = (current: readonly MenuLink[], imported: readonly MenuLink[], locale: Locale): { mainMenu: MenuLink[]; missing: MenuLink[] } => {
  const same = (a: MenuLink, b: MenuLink): boolean => a.label === b.label && a.url === b.url;
  const absent = imported.filter((link) => !current.some((c) => same(c, link)));
  if (locale !== defaultLocale) {
    const handWritten = current.some((c) => !imported.some((link) => same(c, link)));
    return handWritten ? { mainMenu: [...current], missing: absent } : { mainMenu: [...current, ...absent], missing: [] };
  }
  const pending = [...imported];
  const replaced = current.map(({ label, url }) => {
    const index = pending.findIndex((l) => l.label === label || l.url === url);
    return index < 0 ? { label, url } : (pending.splice(index, 1)[0] ?? { label, url });
  });
  return { mainMenu: [...replaced, ...pending], missing: [] };
};

/** The main menu as the CMS has it after the run (or would, in a dry run), what writing it did, and what the report says of it. */
export type MenuResult = { links: MenuLink[]; action: Action; notes: string[] };

type Menus = { mainMenu?: MenuLink[] };

const linksOnly = (links: readonly MenuLink[] | undefined): MenuLink[] => (links ?? []).map(({ label, url }) => ({ label, url }));

// A language's Navigation, or null when it has none yet (Strapi answers 404 for a single type's missing version).
const readMenus = async (api: CmsApi, locale: Locale): Promise<Menus | null> => {
  const query = cmsQuery({ ...(locale === defaultLocale ? {} : { locale }), populate: { mainMenu: true } });
  try {
    return (await api.get<{ data: Menus | null }>(`/api/navigation?${query}`)).data;
  } catch (error) {
    if (error instanceof CmsWriteError && error.status === 404) return null;
    throw error;
  }
};

/**
 * Writes the menu into the Navigation single type, in its language (`?locale=en` for English),
 * merged with the menu there (mergeMenu); an unchanged menu is not written. Only the main menu:
 * the site shows an English page the French footer and legal links, said to be French, while the
 * English Navigation has none (apps/web/src/lib/site.ts), so they are never copied untranslated.
 */
export const writeMenu = async (api: CmsApi, menu: Menu, dryRun: boolean, locale: Locale = defaultLocale): Promise<MenuResult> => {
  const current = await readMenus(api, locale);
  const before = linksOnly(current?.mainMenu);
  const { mainMenu, missing } = mergeMenu(before, menu.links, locale);
  const notes = missing.length
    ? [`menu écrit dans l’administration, gardé tel quel : à y ajouter si besoin ${missing.map((l) => `« ${l.label} » → ${l.url}`).join(', ')}`]
    : [];
  if (current !== null && JSON.stringify(mainMenu) === JSON.stringify(before)) return { links: mainMenu, action: 'unchanged', notes };
  const data: Menus = { mainMenu };
  if (dryRun) return { links: mainMenu, action: current === null ? 'would-create' : 'would-update', notes };
  await api.send('PUT', `/api/navigation${locale === defaultLocale ? '' : `?locale=${locale}`}`, { data });
  return { links: mainMenu, action: current === null ? 'created' : 'updated', notes };
};
