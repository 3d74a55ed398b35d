import type { CollectionEntry } from 'astro:content';
import { newestFirst } from './article-order';
import { collection } from './collections';
import { perContentGeneration } from '../engine/content/content-generation';
import { ENTRIES_PER_PAGE, listPageHref, pagesOf } from './pagination';
import { collectionOf, DEFAULT_LOCALE, type Locale } from './i18n/locales';

/** Newest first, in a language: the order of the list, the pagination, the feed and previous/next links. */
const byDate = perContentGeneration(
  (locale: Locale): Promise<readonly CollectionEntry<'articles'>[]> =>
    // Every language's articles have the French schema (content.config.ts): the English collection reads as `articles`.
    collection(collectionOf('articles', locale) as 'articles').then((all) => [...all].sort(newestFirst)),
);

export const articlesByDate = (locale: Locale = DEFAULT_LOCALE): Promise<readonly CollectionEntry<'articles'>[]> => byDate(locale);

export const articlePageHref = listPageHref('/articles/');

export const articlePages = async () => pagesOf(await articlesByDate(), ENTRIES_PER_PAGE);
