import type { CollectionEntry } from 'astro:content';
import { newestFirst } from './article-order';
import { collection } from './collections';
import { perContentGeneration } from '../engine/content/content-generation';
import { ARTICLES_PER_PAGE, pagesOf } from './pagination';

/** Newest first: the order of the list, the pagination, the feed and previous/next links. */
const byDate = perContentGeneration(
  (): Promise<readonly CollectionEntry<'articles'>[]> => collection('articles').then((all) => [...all].sort(newestFirst)),
);

export const articlesByDate = (): Promise<readonly CollectionEntry<'articles'>[]> => byDate(undefined);

export const articlePageHref = (page: number): string => (page === 1 ? '/articles/' : `/articles/page/${page}/`);

export const articlePages = async () => pagesOf(await articlesByDate(), ARTICLES_PER_PAGE);
