import { defineMiddleware } from 'astro:middleware';
import { frenchTypography } from './lib/typography';

/**
 * Every HTML page goes through French typography here, whichever way it is rendered: the static
 * build (middleware runs for prerendered pages), the fast rebuild's renderer and the preview
 * server all load this file, so their pages stay byte for byte the same. Feeds, calendars and
 * JSON are left as they are: the RSS feed applies it to its own text (pages/rss.xml.ts).
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = frenchTypography(await response.text());
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
