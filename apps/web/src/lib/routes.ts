import { collection } from './collections';
import { sitePages } from './pages';
import { articlePages, articlePageHref } from './articles';
import { videoPageHref, videoPages } from './videos';

export type Route = { path: string; title: string; section: string };

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
  for (const a of await collection('articles')) routes.push({ path: `/articles/${a.id}/`, title: a.data.title, section: 'Articles' });
  for (const c of await collection('projectCalls')) routes.push({ path: `/appels-a-projets/${c.id}/`, title: c.data.title, section: 'Appels à projets' });
  for (const e of await collection('events')) routes.push({ path: `/evenements/${e.id}/`, title: e.data.title, section: 'Événements' });
  for (const t of await collection('tags')) routes.push({ path: `/tags/${t.id}/`, title: t.data.name, section: 'Thèmes' });
  for (const p of await sitePages()) routes.push({ path: `/pages/${p.id}/`, title: p.title, section: 'Pages' });
  return routes;
};
