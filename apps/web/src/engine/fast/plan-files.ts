import type { ContentStore } from '../astro/astro-internals';
import { newestFirst } from '../../lib/article-order';
import { buildTime } from '../../lib/build-time';
import { SITEMAP_FILE } from '../../lib/sitemap-pages';
import { isListed, type Archivable, type Scheduled } from '../../lib/visibility';
import type { RenderPlan } from './pages-to-render';
import type { RouteFile } from './route-files';

/** Article ids in the order of the list (newest first), as the pages see them now. */
export const articleOrder = (store: ContentStore): string[] => {
  const now = buildTime();
  // As the list shows them: an archived article (lib/lifecycle.ts) is out of it.
  const articles = [...(store.get('articles')?.values() ?? [])] as Array<{ id: string; data: { date: string } & Scheduled & Archivable }>;
  return articles.filter((entry) => isListed(entry.data, now)).sort(newestFirst).map((entry) => entry.id);
};

/** What a route gives that is a page (HTML, a feed, a calendar, JSON): rendered again when an edit may change it. */
export const PAGE = /\.(html|xml|ics|json)$/;

export type FilePlan = {
  /** Files of the next output to render: touched by the edit, or new. */
  toRender: string[];
  /** Pages of the previous output whose frame only may have changed (frame-edits.ts): put in their new frame. */
  toFrame: string[];
  /** Files of the previous output to take as they are. */
  toKeep: string[];
};

/**
 * Sorts the files of the next output, from the routes' files before and after the edit (file →
 * address, route-files.ts). A page of the previous output that no route gives any more (an entry
 * unpublished, deleted or renamed, a list page emptied) is left out: the server answers 404, never
 * a stale copy. A page the edit may have changed is rendered, a new one too. A route's file that is
 * not a page (an event's slides, under the media library's unique name) is kept while a route still
 * gives it. After a change of what every page's layout shows, the other HTML pages go in their
 * new frame, the other files a route gives (feeds, calendars, JSON) are rendered. Files no route gives (assets, the search index, the public folder) are kept; the
 * sitemap and the old addresses' files (`rewritten`) are written again by each update.
 */
export const planFiles = (
  /** The files of the previous output (lib/output-files.ts). */
  baseFiles: readonly string[],
  plan: RenderPlan,
  routesBefore: ReadonlyMap<string, RouteFile>,
  routesAfter: ReadonlyMap<string, RouteFile>,
  rewritten: ReadonlySet<string>,
): FilePlan => {
  const result: FilePlan = { toRender: [], toFrame: [], toKeep: [] };
  const placed = new Set<string>();
  const listOf = (file: string): string[] => {
    if (!routesAfter.has(file) || !PAGE.test(file)) return result.toKeep;
    if (plan.needs(file)) return result.toRender;
    if (!plan.frameChanged) return result.toKeep;
    return file.endsWith('.html') ? result.toFrame : result.toRender;
  };
  for (const file of baseFiles) {
    if (SITEMAP_FILE.test(file) || rewritten.has(file) || (routesBefore.has(file) && !routesAfter.has(file))) continue;
    listOf(file).push(file);
    placed.add(file);
  }
  for (const file of routesAfter.keys()) if (!placed.has(file)) result.toRender.push(file);
  return result;
};
