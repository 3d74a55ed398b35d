import type { APIRoute } from 'astro';

// The sitemap's address is not the one search engines guess (/sitemap.xml): robots.txt names it.
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap-index.xml', site).href}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
