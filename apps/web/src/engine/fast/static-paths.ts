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

/**
 * Where the renderer answers a route with these params; with no params given, any address of the
 * route (the list of its pages does not depend on them). A page's address ends with `/`
 * (`trailingSlash: 'always'`), an endpoint's too unless its pattern names a file (`/rss.xml`).
 */
export const addressOf = (route: SiteRoute, params?: Record<string, string | number | undefined>): string => {
  const address = fill(route.pattern, params ?? Object.fromEntries(route.params.map((name) => [name, 'x'])));
  if (route.type === 'page') return address === '/' ? address : `${address}/`;
  return /\.[a-z0-9]+$/i.test(route.pattern) ? address : `${address}/`;
};
