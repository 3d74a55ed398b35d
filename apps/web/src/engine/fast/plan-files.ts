import { isContentTypeName, isSingleType } from '@bluehats/content-types';
import { isAsset } from '../astro/output-assets';
import type { ContentStore } from '../astro/astro-internals';
import type { BuildChanges } from '../content/build-changes';
import { FINGERPRINT_FILE } from '../content/incremental';
import { newestFirst } from '../../lib/article-order';
import { buildTime } from '../../lib/build-time';
import { outputFiles } from '../../lib/output-files';
import { SITEMAP_FILE } from '../../lib/sitemap-pages';
import { isListed, type Archivable, type Scheduled } from '../../lib/visibility';
import type { RenderPlan } from './pages-to-render';
import type { RedirectsNow } from './redirect-diff';

// The repository's MDX pages are code: they stay as the static build stored them, and a change to
// them is a full build. The CMS's collections are those of the generated registry, as in content.config.ts.

/**
 * Changes whose pages the renderer cannot all name, and that a full build handles: an entry added
 * or removed changes lists, pagination and the site map; the settings and navigation are on every
 * page; an event's slides are files copied from the CMS.
 */
export const needsFullBuild = (changes: BuildChanges): string | null => {
  for (const [name, change] of Object.entries(changes)) {
    if (change.added.length > 0 || change.deleted.length > 0) return `${name} : entrées ajoutées ou retirées`;
    if (change.modified.length > 0 && ((isContentTypeName(name) && isSingleType(name)) || name === 'events')) return `${name} modifié`;
  }
  return null;
};

/** Article ids in the order of the list (newest first), as the pages see them now. */
export const articleOrder = (store: ContentStore): string[] => {
  const now = buildTime();
  // As the list shows them: an archived article (lib/lifecycle.ts) is out of it.
  const articles = [...(store.get('articles')?.values() ?? [])] as Array<{ id: string; data: { date: string } & Scheduled & Archivable }>;
  return articles.filter((entry) => isListed(entry.data, now)).sort(newestFirst).map((entry) => entry.id);
};

export const routeOf = (file: string): string =>
  file === 'index.html' ? '/' : file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : file === '404.html' ? '/404/' : `/${file}`;

const PAGE = /\.(html|xml|ics|json)$/;
// Not pages: Astro's assets, the search index, the files copied from the CMS.
const NOT_PAGES = new Set(['pagefind', 'fichiers']);

export type FilePlan = {
  /** Files of the previous output to render again. */
  toRender: string[];
  /** Files of the previous output to take as they are. */
  toKeep: string[];
  /** Files already written here: the redirect pages whose title changed. */
  pages: Map<string, string>;
};

/** Sorts every file of the previous output: rendered again, written here, or kept. The sitemap is written again by each update. */
export const planFiles = (base: string, plan: RenderPlan, redirectsBefore: RedirectsNow, redirects: RedirectsNow): FilePlan => {
  const result: FilePlan = { toRender: [], toKeep: [], pages: new Map() };
  for (const file of outputFiles(base)) {
    if (SITEMAP_FILE.test(file)) continue;
    const redirect = redirects.pages.get(file);
    if (redirect !== undefined) {
      if (redirect === redirectsBefore.pages.get(file)) result.toKeep.push(file);
      else result.pages.set(file, redirect);
    } else if (!PAGE.test(file) || isAsset(file) || NOT_PAGES.has(file.split('/')[0] ?? '') || file === FINGERPRINT_FILE || !plan.needs(file)) result.toKeep.push(file);
    else result.toRender.push(file);
  }
  return result;
};
