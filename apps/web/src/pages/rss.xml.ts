import type { APIRoute } from 'astro';
import { articlesByDate } from '../lib/articles';
import { articlesFeed } from '../lib/feed';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('Le flux RSS demande l’adresse du site (site dans astro.config.mjs).');
  return articlesFeed({ site, locale: 'fr', articles: await articlesByDate(), articleHref: (id) => `/articles/${id}/` });
};
