import type { CollectionEntry } from 'astro:content';
import { newestFirst } from './article-order';
import { collection } from './collections';
import { perContentGeneration } from './content-generation';

export const ARTICLES_PER_PAGE = 12;

/** Newest first: the order of the list, the pagination, the feed and previous/next links. */
const byDate = perContentGeneration(
  (): Promise<readonly CollectionEntry<'articles'>[]> => collection('articles').then((all) => [...all].sort(newestFirst)),
);

export const articlesByDate = (): Promise<readonly CollectionEntry<'articles'>[]> => byDate(undefined);

export const articlePageHref = (page: number): string => (page === 1 ? '/articles/' : `/articles/page/${page}/`);

export const articlePages = async () => {
  const articles = await articlesByDate();
  const total = Math.max(1, Math.ceil(articles.length / ARTICLES_PER_PAGE));
  return Array.from({ length: total }, (_, i) => ({
    current: i + 1,
    total,
    articles: articles.slice(i * ARTICLES_PER_PAGE, (i + 1) * ARTICLES_PER_PAGE),
  }));
};
