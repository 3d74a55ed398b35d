import { contentTypes, detailTypes } from '@bluehats/content-types';
import { pageEntries } from './collections';
import { sitePages } from './pages';
import { articlePages, articlePageHref } from './articles';
import { videoPageHref, videoPages } from './videos';

export type Route = { path: string; title: string; section: string };

// An entry is named by its title, a tag by its name; an archived page (lib/lifecycle.ts) stays listed here, said to be archived.
const titleOf = (data: object): string =>
  ('title' in data && typeof data.title === 'string' ? data.title : 'name' in data && typeof data.name === 'string' ? data.name : '') +
  ('archived' in data && data.archived === true ? ' (page archivée)' : '');

/** Every public page, once, for the site map page (the build test holds the sitemap's files to the same list). */
export const publicRoutes = async (): Promise<Route[]> => {
  const routes: Route[] = [
    { path: '/', title: 'Accueil', section: 'Général' },
    { path: '/articles/', title: 'Articles', section: 'Articles' },
    { path: '/appels-a-projets/', title: 'Appels à projets', section: 'Appels à projets' },
    { path: '/evenements/', title: 'Événements', section: 'Événements' },
    { path: '/videos/', title: 'Vidéos', section: 'Général' },
    { path: '/citations/', title: 'Citations', section: 'Général' },
    { path: '/tags/', title: 'Thèmes', section: 'Thèmes' },
    { path: '/plan-du-site/', title: 'Plan du site', section: 'Général' },
  ];
  for (const page of (await articlePages()).slice(1)) {
    routes.push({ path: articlePageHref(page.current), title: `Articles, page ${page.current}`, section: 'Articles' });
  }
  for (const page of (await videoPages()).slice(1)) {
    routes.push({ path: videoPageHref(page.current), title: `Vidéos, page ${page.current}`, section: 'Général' });
  }
  // Every entry's page, by the registry; the pages section also lists the repository's MDX pages.
  for (const type of detailTypes.filter(({ name }) => name !== 'pages')) {
    for (const entry of await pageEntries(contentTypes[type.name].collection)) {
      routes.push({ path: `/${type.section}/${entry.id}/`, title: titleOf(entry.data), section: type.label });
    }
  }
  for (const p of await sitePages()) routes.push({ path: `/pages/${p.id}/`, title: p.source === 'cms' ? titleOf(p.entry.data) : p.title, section: 'Pages' });
  return routes;
};
