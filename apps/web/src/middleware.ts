import { defineMiddleware } from 'astro:middleware';
import { DEFAULT_LOCALE, localeOfPath } from './lib/i18n/locales';
import { frenchTypography } from './lib/typography';

/**
 * Every page learns its language here, from its address (`/en/…` is English; the preview page
 * may say otherwise for the draft it shows), and every French HTML page goes through French
 * typography, whichever way it is rendered: the static build (middleware runs for prerendered
 * pages), the fast rebuild's renderer and the preview server all load this file, so their pages
 * stay byte for byte the same. English pages keep English typography (no space before « : »).
 * Feeds, calendars and JSON are left as they are: the RSS feed applies it to its own text (pages/rss.xml.ts).
 */
export const onRequest = defineMiddleware(async (context, next) => {
  context.locals.locale = localeOfPath(context.url.pathname);
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html') || context.locals.locale !== DEFAULT_LOCALE) return response;
  const html = frenchTypography(await response.text());
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
