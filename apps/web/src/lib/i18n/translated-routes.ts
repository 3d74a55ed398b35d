import { listPageHref } from '../pagination';
import type { Route } from '../routes';
import { fill } from './fill';
import { homeOf, type Locale } from './locales';
import { sectionsIn } from './sections';
import { SITE_PAGES } from './site-pages';
import { listPagesIn, pagesIn } from './translated-entries';
import { ui } from './ui';

/**
 * Every public page of a language other than French, once, for its site map page: its home, its
 * sections (each page of their lists) and their entries (archived ones included, as in French), its site map page.
 */
export const translatedRoutes = async (locale: Locale): Promise<Route[]> => {
  const t = ui(locale);
  const routes: Route[] = [{ path: homeOf(locale), title: t.home, section: t.general }];
  for (const section of sectionsIn(locale)) {
    routes.push({ path: section.path, title: section.label, section: section.label });
    // Its list's next pages, as the French site map lists those of /articles/.
    for (const page of (await listPagesIn(section.name, locale)).slice(1)) {
      routes.push({ path: listPageHref(section.path)(page.current), title: `${section.label}, ${fill(t.pageOf, { current: page.current, total: page.total })}`, section: section.label });
    }
    for (const entry of await pagesIn(section.name, locale)) routes.push({ path: `${section.path}${entry.id}/`, title: entry.title, section: section.label });
  }
  routes.push({ path: SITE_PAGES.siteMap[locale], title: t.siteMap, section: t.general });
  return routes;
};
