import type { APIRoute } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { newestFirst } from '../../lib/article-order';
import { collection } from '../../lib/collections';
import { articlesFeed } from '../../lib/feed';
import { collectionOf } from '../../lib/i18n/locales';
import { entryPath } from '../../lib/i18n/sections';

const LOCALE = 'en';

// The English articles' feed, apart from the French one: an English reader follows English articles.
export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('Le flux RSS demande l’adresse du site (site dans astro.config.mjs).');
  const articles = [...(await collection(collectionOf('articles', LOCALE) as 'articles'))].sort(newestFirst) as CollectionEntry<'articles'>[];
  return articlesFeed({ site, locale: LOCALE, articles, articleHref: (id) => entryPath('articles', LOCALE, id) ?? `/articles/${id}/` });
};
