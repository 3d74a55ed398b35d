import type { BuildChanges } from '../lib/build-changes';
import { ARTICLES_PER_PAGE } from '../lib/pagination';

/** The section of each collection with one detail page per entry, by collection. */
const detailRoutes: Record<string, string> = { articles: 'articles', 'project-calls': 'appels-a-projets', pages: 'pages' };

/**
 * What the pages of each section read, beyond what makes the renderer hand over to a full build
 * (entries added or removed, site settings, events, a boundary passed). A page of a section listed
 * here is rendered again only when one of these collections changed; any other page always is.
 */
const sectionReads: Readonly<Record<string, readonly string[]>> = {
  citations: ['quotes'],
  videos: ['videos'],
  evenements: ['videos'],
  'evenements.ics': ['videos'],
  'appels-a-projets': ['project-calls'],
  tags: ['tags'],
};

/** Sections whose pages show one entry each, named by its id: only the modified entries' pages change. */
const entrySections: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(detailRoutes).map(([collection, section]) => [section, collection])),
  // A tag's page lists the articles and calls it embeds: the tags loader sees them change.
  tags: 'tags',
};

export type RenderPlan = {
  /** Whether this page of the previous output must be rendered again. */
  needs: (file: string) => boolean;
};

/**
 * Decides which pages an edit changes. `articlesBefore` and `articlesAfter` are the article ids in
 * the order of the list (newest first) before and after the edit: while the order holds, only the
 * list pages that show a modified article change; previous/next links change on the neighbours.
 */
export const planRender = (changes: BuildChanges, articlesBefore: readonly string[], articlesAfter: readonly string[]): RenderPlan => {
  const modified = (collection: string): ReadonlySet<string> => new Set(changes[collection]?.modified ?? []);
  const changed = (collection: string): boolean => modified(collection).size > 0;

  const articles = modified('articles');
  // An article whose date moved leaves neighbours behind that now point at each other.
  const neighboursIn = (order: readonly string[]): string[] => order.filter((_, i) => articles.has(order[i - 1] ?? '') || articles.has(order[i + 1] ?? ''));
  const neighbours = new Set([...neighboursIn(articlesBefore), ...neighboursIn(articlesAfter)]);
  const sameOrder = articlesBefore.length === articlesAfter.length && articlesBefore.every((id, i) => articlesAfter[i] === id);
  const listPages = new Set(articlesAfter.flatMap((id, i) => (articles.has(id) ? [Math.floor(i / ARTICLES_PER_PAGE) + 1] : [])));
  const articleListPage = (page: number): boolean => articles.size > 0 && (!sameOrder || listPages.has(page));

  return {
    needs: (file) => {
      const [section = '', second = '', third = '', fourth] = file.split('/');
      if (section === 'articles') {
        if (second === 'index.html') return articleListPage(1);
        if (second === 'page' && fourth === 'index.html') return articleListPage(Number(third));
      }
      const entryCollection = entrySections[section];
      if (entryCollection && third === 'index.html' && second !== 'page') {
        return modified(entryCollection).has(second) || (section === 'articles' && neighbours.has(second));
      }
      const reads = sectionReads[section];
      return reads === undefined || reads.some(changed);
    },
  };
};
