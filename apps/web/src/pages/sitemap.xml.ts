import type { APIRoute } from 'astro';
import { publicRoutes } from '../lib/routes';
import { xmlEscape } from '../lib/xml';

export const GET: APIRoute = async ({ site }) => {
  const urls = (await publicRoutes()).map((route) => {
    const loc = xmlEscape(new URL(route.path, site).toString());
    const lastmod = route.updated ? `<lastmod>${route.updated.slice(0, 10)}</lastmod>` : '';
    return `  <url><loc>${loc}</loc>${lastmod}</url>`;
  });
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
