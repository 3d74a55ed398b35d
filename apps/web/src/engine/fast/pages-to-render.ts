import { detailTypes, routedTypes } from '@bluehats/content-types';
import type { BuildChanges } from '../content/build-changes';
import { ARTICLES_PER_PAGE } from '../../lib/pagination';

/**
 * The type each section of the site shows (the registry's routes). A page of such a section is
 * rendered again only when that type changed; any other page (home, feed, site map…) always is.
 * What a section's pages embed needs no line here: an entry whose embedded quote, video, tag or
 * article changed is itself marked modified by its loader.
 */
const sectionTypes: ReadonlyMap<string, string> = new Map(routedTypes.map((type) => [type.section, type.name]));

/** Sections whose pages show one entry each, named by its id: only the modified entries' pages change. */
const entrySections: ReadonlyMap<string, string> = new Map(detailTypes.map((type) => [type.section, type.name]));

// `evenements.ics` beside `evenements/`: a file named after a section belongs to it.
const sectionOf = (segment: string): string => segment.replace(/\.[a-z]+$/, '');

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
      const entryType = entrySections.get(section);
      if (entryType && third === 'index.html' && second !== 'page') {
        return modified(entryType).has(second) || (section === 'articles' && neighbours.has(second));
      }
      const type = sectionTypes.get(sectionOf(section));
      return type === undefined || changed(type);
    },
  };
};
