import { contentTypeNames, detailTypes, isSingleType, routedTypes } from '@bluehats/content-types';
import { DEFAULT_LOCALE, LOCALES, localeOfPath, localesOf, questionKey, type Locale } from '../../lib/i18n/locales';
import { sectionsIn } from '../../lib/i18n/sections';
import type { BuildChanges } from '../content/build-changes';
import { ENTRIES_PER_PAGE } from '../../lib/pagination';

/**
 * The type each section of the site shows (the registry's routes). A page of such a section is
 * rendered again only when that type changed; any other page (home, feed, site map…) always is.
 * What a section's pages embed needs no line here: an entry whose embedded quote, video, tag or
 * article changed is itself marked modified by its loader.
 */
const sectionTypes: ReadonlyMap<string, string> = new Map(routedTypes.map((type) => [type.section, type.name]));

/** Sections whose pages show one entry each, named by its id: only the modified entries' pages change. */
const entrySections: ReadonlyMap<string, string> = new Map(detailTypes.map((type) => [type.section, type.name]));

/** The sections of each other language (`en/articles/`): their pages are entries of that language's collection. */
const translatedSections: ReadonlyMap<Locale, ReadonlyMap<string, string>> = new Map(
  LOCALES.filter((locale) => locale !== DEFAULT_LOCALE).map((locale) => [locale, new Map(sectionsIn(locale).map((section) => [section.folder, section.name]))]),
);

// `evenements.ics` beside `evenements/`: a file named after a section belongs to it.
const sectionOf = (segment: string): string => segment.replace(/\.[a-z]+$/, '');

export type RenderPlan = {
  /** Whether this page, in the previous output and still a page of the site, must be rendered again. */
  needs: (file: string) => boolean;
  /**
   * Whether what every page's layout shows changed (a single type: settings, navigation): the
   * pages `needs` leaves out may then differ in their frame (frame-edits.ts).
   */
  frameChanged: boolean;
};

/**
 * Decides which pages of the previous output an edit changes (the pages it adds are rendered, the
 * ones it removes are left out, by the caller). `articlesBefore` and `articlesAfter` are the
 * article ids in the order of the list (newest first) before and after the edit: while the order
 * holds, only the list pages that show a modified article change; previous/next links change on
 * the neighbours, of an article added or removed too. A single type (settings, navigation) has no
 * section: the layout of every page shows it, so every other page is put in its new frame.
 */
export const planRender = (
  changes: BuildChanges,
  articlesBefore: readonly string[],
  articlesAfter: readonly string[],
  alternatesMoved: ReadonlySet<string> = new Set(),
): RenderPlan => {
  const touched = (type: string): ReadonlySet<string> => {
    const change = changes[type];
    return new Set(change ? [...change.added, ...change.modified, ...change.deleted] : []);
  };
  const changed = (type: string): boolean => touched(type).size > 0;
  const frameChanged = contentTypeNames.some((type) => isSingleType(type) && localesOf(type).some((locale) => changed(questionKey(type, locale))));

  // A page of another language (`en/<section>/<id>/`): its entry, or its section's list, changed in that language.
  // Any page of the list (`en/<section>/page/<n>/`) follows any change of its type: an entry added,
  // removed or redated moves the others from page to page, and each page shows the number of pages.
  const translatedNeeds = (locale: Locale, [folder = '', second = '', third, fourth]: readonly string[]): boolean => {
    const type = translatedSections.get(locale)?.get(folder);
    if (type === undefined) return true;
    if (second === 'index.html' || (second === 'page' && fourth === 'index.html')) return changed(questionKey(type, locale));
    return third === 'index.html' ? touched(questionKey(type, locale)).has(second) : true;
  };

  const articles = touched('articles');
  // An article whose date moved leaves neighbours behind that now point at each other.
  const neighboursIn = (order: readonly string[]): string[] => order.filter((_, i) => articles.has(order[i - 1] ?? '') || articles.has(order[i + 1] ?? ''));
  const neighbours = new Set([...neighboursIn(articlesBefore), ...neighboursIn(articlesAfter)]);
  const sameOrder = articlesBefore.length === articlesAfter.length && articlesBefore.every((id, i) => articlesAfter[i] === id);
  const listPages = new Set(articlesAfter.flatMap((id, i) => (articles.has(id) ? [Math.floor(i / ENTRIES_PER_PAGE) + 1] : [])));
  const articleListPage = (page: number): boolean => articles.size > 0 && (!sameOrder || listPages.has(page));

  return {
    frameChanged,
    needs: (file) => {
      const route = `/${file.replace(/index\.html$/, '')}`;
      // A translation added, removed or renamed: the page's hreflang links and language selector change.
      if (alternatesMoved.has(route)) return true;
      const locale = localeOfPath(route);
      if (locale !== DEFAULT_LOCALE) return translatedNeeds(locale, file.split('/').slice(1));
      const [section = '', second = '', third = '', fourth] = file.split('/');
      if (section === 'articles') {
        if (second === 'index.html') return articleListPage(1);
        if (second === 'page' && fourth === 'index.html') return articleListPage(Number(third));
      }
      const entryType = entrySections.get(section);
      if (entryType && third === 'index.html' && second !== 'page') {
        return touched(entryType).has(second) || (section === 'articles' && neighbours.has(second));
      }
      const type = sectionTypes.get(sectionOf(section));
      return type === undefined || changed(type);
    },
  };
};
