import type { APIRoute } from 'astro';
import { articlesByDate } from '../../lib/articles';
import { articlesFeed } from '../../lib/feed';
import { entryPath } from '../../lib/i18n/sections';

const LOCALE = 'en';

// The English articles' feed, apart from the French one: an English reader follows English articles.
export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('Le flux RSS demande l’adresse du site (site dans astro.config.mjs).');
  return articlesFeed({ site, locale: LOCALE, articles: await articlesByDate(LOCALE), articleHref: (id) => entryPath('articles', LOCALE, id) ?? `/articles/${id}/` });
};
