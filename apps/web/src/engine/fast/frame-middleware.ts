import { defineMiddleware } from 'astro:middleware';
import { FRAME_HEADER } from './frame';

/**
 * Marks a request for a page's frame alone (frame.ts): the layout reads `locals.frameOnly`. Added
 * to the renderer's build only (astro/render-on-request.ts): a static build never sees it.
 */
export const onRequest = defineMiddleware((context, next) => {
  if (context.request.headers.has(FRAME_HEADER)) context.locals.frameOnly = true;
  return next();
});
