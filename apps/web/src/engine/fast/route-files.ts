import type { RenderServer } from '../astro/render-server';
import { addressOf, outputFileOf, STATIC_PATHS_HEADER, type SiteRoute } from './static-paths';

/** A file a route gives: the address that renders it, and the route's pattern (its pages share their code). */
export type RouteFile = { address: string; pattern: string };

/**
 * Every file the static build would write from the site's routes with the content the renderer
 * holds now, with the address that renders it and its route: a route without params is one file; a dynamic
 * route says its pages when asked (static-paths.ts).
 */
export const routeFiles = async (routes: readonly SiteRoute[], server: RenderServer): Promise<Map<string, RouteFile>> => {
  const files = await Promise.all(
    routes.map(async (route) => {
      const file = (params?: Record<string, string>) => [outputFileOf(route, params), { address: addressOf(route, params), pattern: route.pattern }] as const;
      if (route.params.length === 0) return [file()];
      const response = await server.ask(addressOf(route), { [STATIC_PATHS_HEADER]: '1' });
      if (!response.ok) throw new Error(`${route.pattern} : liste des pages refusée (${response.status}). ${(await response.text()).slice(0, 300)}`);
      return ((await response.json()) as Array<Record<string, string>>).map(file);
    }),
  );
  return new Map(files.flat());
};
