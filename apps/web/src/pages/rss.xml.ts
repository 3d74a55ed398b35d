import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { articlesByDate } from '../lib/articles';
import { feedContents } from '../lib/feed-content';
import { siteSettings } from '../lib/site';
import { frenchText } from '../lib/french-text';
import { frenchTypography } from '../lib/typography';
import { xmlEscape } from '../lib/xml';

const FEED_LENGTH = 50;

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('Le flux RSS demande l’adresse du site (site dans astro.config.mjs).');
  const settings = await siteSettings();
  const articles = (await articlesByDate()).slice(0, FEED_LENGTH);
  const contents = await feedContents(articles.map((article) => article.data), site);
  return rss({
    title: settings.siteName,
    description: settings.tagline ?? settings.siteName,
    site,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>fr</language><atom:link href="${xmlEscape(new URL('/rss.xml', site).href)}" rel="self" type="application/rss+xml"/>`,
    // The feed's text is the pages' text, with the same typography (the middleware sees only HTML pages).
    items: articles.map((article, i) => ({
      title: frenchText(article.data.title),
      link: `/articles/${article.id}/`,
      description: frenchText(article.data.description),
      pubDate: new Date(`${article.data.date}T00:00:00Z`),
      categories: article.data.tags.map((tag) => tag.name),
      content: contents[i] === undefined ? undefined : frenchTypography(contents[i]),
    })),
  });
};
