import rss from '@astrojs/rss';
import type { CollectionEntry } from 'astro:content';
import type { Article } from '@bluehats/content-types';
import { feedContents } from './feed-content';
import { siteSettings } from './site';
import { frenchText } from './french-text';
import { frenchTypography } from './typography';
import { changeNotesOf, lastUpdate } from './lifecycle';
import { displayDayOf } from './dates';
import { xmlEscape } from './xml';
import { DEFAULT_LOCALE, localePrefix, type Locale } from './i18n/locales';
import { ui } from './i18n/ui';

const FEED_LENGTH = 50;

type Updated = Parameters<typeof lastUpdate>[0];

// RSS 2.0 has no update date of its own: the Dublin Core term, as feed readers read it.
const updatedElement = (entry: Updated): string | undefined => {
  const updated = lastUpdate(entry);
  return updated ? `<dcterms:modified>${xmlEscape(new Date(updated).toISOString())}</dcterms:modified>` : undefined;
};

type FeedRequest = { site: URL; locale: Locale; articles: readonly CollectionEntry<'articles'>[]; articleHref: (id: string) => string };

/**
 * The articles' RSS feed of one language (`/rss.xml`, `/en/rss.xml`): the latest articles, newest
 * first, each with its full text. French text gets French typography, as the pages do (the
 * middleware sees only HTML pages); English text is left as written.
 */
export const articlesFeed = async ({ site, locale, articles: all, articleHref }: FeedRequest): Promise<Response> => {
  const t = ui(locale);
  const typeset = locale === DEFAULT_LOCALE ? frenchText : (text: string) => text;
  const updateLine = (entry: Updated): string => {
    const note = changeNotesOf(entry).at(-1);
    return note ? `(${t.updatedOn} ${displayDayOf(note.date, locale).label}${t.colon}${note.text})` : '';
  };
  const settings = await siteSettings(locale);
  const articles = all.slice(0, FEED_LENGTH);
  const contents = await feedContents(articles.map((article) => article.data as Article), site, locale);
  return rss({
    title: settings.siteName,
    description: settings.tagline ?? settings.siteName,
    site,
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dcterms: 'http://purl.org/dc/terms/' },
    customData: `<language>${locale}</language><atom:link href="${xmlEscape(new URL(`${localePrefix(locale)}/rss.xml`, site).href)}" rel="self" type="application/rss+xml"/>`,
    items: articles.map((article, i) => ({
      title: typeset(article.data.title),
      link: articleHref(article.id),
      // A correction published with a change note: the reader's feed says so, with its date and its note.
      description: typeset([article.data.description, updateLine(article.data)].filter(Boolean).join(' ')),
      pubDate: new Date(`${article.data.date}T00:00:00Z`),
      categories: article.data.tags.map((tag) => tag.name),
      content: contents[i] === undefined ? undefined : locale === DEFAULT_LOCALE ? frenchTypography(contents[i]) : contents[i],
      customData: updatedElement(article.data),
    })),
  });
};
