import { defineMiddleware } from 'astro:middleware';
import { previewPolicy } from '../lib/content-security-policy';
import { mediaBaseUrl } from '../lib/media-url';

/**
 * The preview server's answers (added by integrations/preview-route.ts, so never in the public
 * build or the fast renderer). Only the CMS's admin may frame its pages, for its preview panel;
 * Astro's on-request image endpoint is not offered: anyone could otherwise make this server
 * download and decode any image of the media library at any size, so images here are the CMS's files.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  if (context.url.pathname.startsWith('/_image')) {
    return new Response('Introuvable', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  context.locals.mediaFromCms = true;
  const response = await next();
  const cmsOrigin = new URL(process.env.CMS_PUBLIC_URL || process.env.STRAPI_URL || 'http://127.0.0.1:1337').origin;
  response.headers.set('content-security-policy', previewPolicy(cmsOrigin, new URL(mediaBaseUrl()).origin));
  return response;
});
