import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { articlesByDate } from '../lib/articles';
import { feedContents } from '../lib/feed-content';
import { siteSettings } from '../lib/site';
import { frenchText } from '../lib/french-text';
import { frenchTypography } from '../lib/typography';
import { changeNotesOf, lastUpdate } from '../lib/lifecycle';
import { displayDayOf } from '../lib/dates';
import { xmlEscape } from '../lib/xml';

const FEED_LENGTH = 50;

type Updated = Parameters<typeof lastUpdate>[0];

const updateLine = (entry: Updated): string => {
  const note = changeNotesOf(entry).at(-1);
  return note ? `(Mis à jour le ${displayDayOf(note.date).label} : ${note.text})` : '';
};

// RSS 2.0 has no update date of its own: the Dublin Core term, as feed readers read it.
const updatedElement = (entry: Updated): string | undefined => {
  const updated = lastUpdate(entry);
  return updated ? `<dcterms:modified>${xmlEscape(new Date(updated).toISOString())}</dcterms:modified>` : undefined;
};

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('Le flux RSS demande l’adresse du site (site dans astro.config.mjs).');
  const settings = await siteSettings();
  const articles = (await articlesByDate()).slice(0, FEED_LENGTH);
  const contents = await feedContents(articles.map((article) => article.data), site);
  return rss({
    title: settings.siteName,
    description: settings.tagline ?? settings.siteName,
    site,
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dcterms: 'http://purl.org/dc/terms/' },
    customData: `<language>fr</language><atom:link href="${xmlEscape(new URL('/rss.xml', site).href)}" rel="self" type="application/rss+xml"/>`,
    // The feed's text is the pages' text, with the same typography (the middleware sees only HTML pages).
    items: articles.map((article, i) => ({
      title: frenchText(article.data.title),
      link: `/articles/${article.id}/`,
      // A correction published with a change note: the reader's feed says so, with its date and its note.
      description: frenchText([article.data.description, updateLine(article.data)].filter(Boolean).join(' ')),
      pubDate: new Date(`${article.data.date}T00:00:00Z`),
      categories: article.data.tags.map((tag) => tag.name),
      content: contents[i] === undefined ? undefined : frenchTypography(contents[i]),
      customData: updatedElement(article.data),
    })),
  });
};
