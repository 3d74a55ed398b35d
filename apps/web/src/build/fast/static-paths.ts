/**
 * How the renderer learns which files the static build would write with the content it holds now:
 * the pages an edit adds (a new entry, the list page it opens, its tag) and those it removes (an
 * unpublished entry) are the difference of two such lists. Astro gives the renderer's build its
 * routes (written to ROUTES_FILE); the pages' own getStaticPaths give each dynamic route's params,
 * asked by a request carrying STATIC_PATHS_HEADER (static-paths-middleware.ts, src/lib/route-props.ts).
 * A new route needs no line here.
 */

/** Beside the renderer's build: its routes, as Astro resolved them. */
export const ROUTES_FILE = 'bluehats-routes.json';

/** A request with this header is answered with the params of every page of its route. */
export const STATIC_PATHS_HEADER = 'x-bluehats-static-paths';

/** Where, in `locals`, the route's params are handed from routeProps to the middleware. */
export const STATIC_PATHS_LOCAL = 'bluehatsStaticPaths';

export type StaticPathsAnswer = { params?: Array<Record<string, string | number | undefined>> };

export type SiteRoute = { pattern: string; type: 'page' | 'endpoint'; params: string[] };

const fill = (pattern: string, params: Record<string, string | number | undefined>): string =>
  pattern.replace(/\[(?:\.\.\.)?(\w+)\]/g, (_, name: string) => String(params[name] ?? ''));

/**
 * The file the static build writes for a route and its params, with `build.format: 'directory'`:
 * a page `/a/b` is `a/b/index.html` (`/` and `/404` are `index.html` and `404.html`), an endpoint
 * `/a/b.xml` is `a/b.xml`.
 */
export const outputFileOf = (route: SiteRoute, params: Record<string, string | number | undefined> = {}): string => {
  const file = fill(route.pattern, params).replace(/^\/+/, '');
  if (route.type === 'endpoint') return file;
  if (file === '404' || file === '500') return `${file}.html`;
  return file === '' ? 'index.html' : `${file}/index.html`;
};

/** An address of the route, whatever its params (the answer does not depend on them). */
export const anyAddressOf = (route: SiteRoute): string => {
  const address = fill(route.pattern, Object.fromEntries(route.params.map((name) => [name, 'x'])));
  return /\.[a-z]+$/.test(address) ? address : `${address}/`;
};
