import { defineMiddleware } from 'astro:middleware';
import { STATIC_PATHS_HEADER, STATIC_PATHS_LOCAL, type StaticPathsAnswer } from './static-paths';

/**
 * The renderer's answer to a request for a route's static paths (static-paths.ts): routeProps
 * leaves the params of every page of the route in `locals`, and this answers them instead of the
 * page. Added to the renderer's build only (build/astro/render-on-request.ts).
 */
export const onRequest = defineMiddleware(async (context, next) => {
  if (!context.request.headers.has(STATIC_PATHS_HEADER)) return next();
  const answer: StaticPathsAnswer = {};
  (context.locals as Record<string, unknown>)[STATIC_PATHS_LOCAL] = answer;
  // routeProps stops the page once the list is given (no page is rendered): its error is expected.
  await Promise.resolve(next()).catch(() => undefined);
  if (!answer.params) return new Response(`${context.url.pathname} ne lit pas ses pages par routeProps.`, { status: 501 });
  return Response.json(answer.params);
});
