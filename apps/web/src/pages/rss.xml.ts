import type { APIRoute } from 'astro';
import { articlesByDate } from '../lib/articles';
import { siteSettings } from '../lib/site';
import { xmlEscape } from '../lib/xml';

export const GET: APIRoute = async ({ site }) => {
  const settings = await siteSettings();
  const home = new URL('/', site).toString();
  const items = (await articlesByDate()).slice(0, 50).map((article) => {
    const link = new URL(`/articles/${article.id}/`, site).toString();
    return [
      '    <item>',
      `      <title>${xmlEscape(article.data.title)}</title>`,
      `      <link>${xmlEscape(link)}</link>`,
      `      <guid isPermaLink="true">${xmlEscape(link)}</guid>`,
      `      <description>${xmlEscape(article.data.description)}</description>`,
      `      <pubDate>${new Date(`${article.data.date}T00:00:00Z`).toUTCString()}</pubDate>`,
      ...article.data.tags.map((tag) => `      <category>${xmlEscape(tag.name)}</category>`),
      '    </item>',
    ].join('\n');
  });
  const body = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${xmlEscape(settings.siteName)}</title>`,
    `    <link>${xmlEscape(home)}</link>`,
    `    <description>${xmlEscape(settings.tagline ?? settings.siteName)}</description>`,
    '    <language>fr</language>',
    `    <atom:link href="${xmlEscape(new URL('/rss.xml', site).toString())}" rel="self" type="application/rss+xml"/>`,
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
  return new Response(body, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
};
