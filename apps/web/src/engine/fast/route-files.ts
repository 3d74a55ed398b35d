import type { RenderServer } from '../astro/render-server';
import { addressOf, outputFileOf, STATIC_PATHS_HEADER, type SiteRoute } from './static-paths';

/**
 * Every file the static build would write from the site's routes with the content the renderer
 * holds now, with the address that renders it: a route without params is one file; a dynamic
 * route says its pages when asked (static-paths.ts).
 */
export const routeFiles = async (routes: readonly SiteRoute[], server: RenderServer): Promise<Map<string, string>> => {
  const files = await Promise.all(
    routes.map(async (route) => {
      if (route.params.length === 0) return [[outputFileOf(route), addressOf(route)] as const];
      const response = await server.ask(addressOf(route), { [STATIC_PATHS_HEADER]: '1' });
      if (!response.ok) throw new Error(`${route.pattern} : liste des pages refusée (${response.status}). ${(await response.text()).slice(0, 300)}`);
      return ((await response.json()) as Array<Record<string, string>>).map((params) => [outputFileOf(route, params), addressOf(route, params)] as const);
    }),
  );
  return new Map(files.flat());
};
