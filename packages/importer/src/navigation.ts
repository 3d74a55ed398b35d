import type { CmsApi } from './cms-api';
import type { NavigationEntry } from './front-matter';

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
 * Writes the menu into the Navigation single type. A link of the menu with the label or address of
 * an imported one is replaced where it stands; the other imported links follow, in their order:
 * importing one file, or a second legacy site, never reorders the menu. The footer and legal links
 * are not touched.
 */
export const writeMenu = async (api: CmsApi, menu: Menu, dryRun: boolean): Promise<MenuLink[]> => {
  const current = await api.get<{ data: { mainMenu?: MenuLink[] } | null }>('/api/navigation?populate[mainMenu]=true').catch(() => ({ data: null }));
  const pending = [...menu.links];
  const replaced = (current.data?.mainMenu ?? []).map(({ label, url }) => {
    const index = pending.findIndex((l) => l.label === label || l.url === url);
    return index < 0 ? { label, url } : (pending.splice(index, 1)[0] ?? { label, url });
  });
  const mainMenu = [...replaced, ...pending];
  if (!dryRun) await api.send('PUT', '/api/navigation', { data: { mainMenu } });
  return mainMenu;
};
