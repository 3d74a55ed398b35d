import type { Core } from '@strapi/strapi';
import { readCacheVersion } from '../cache/cache-version';
import { freshRead } from '../cache/fresh-read';
import { apiCache } from '../cache/response-cache';

type Context = {
  method: string;
  path: string;
  url: string;
  status: number;
  body: unknown;
  type: string;
  get(header: string): string;
  set(header: string, value: string): void;
};

/**
 * Serves repeated GETs of the content API from memory (a site build, a load test and the preview
 * all ask the same lists again and again). Only successful answers are kept, and only until any
 * instance writes to the database; API_CACHE_MAX_MB=0 turns it off.
 */
const apiCacheMiddleware = (strapi: Core.Strapi) => {
  const cacheVersion = freshRead(() => readCacheVersion(strapi));
  return async (ctx: Context, next: () => Promise<void>) => {
    if (ctx.method !== 'GET' || !ctx.path.startsWith('/api/') || ctx.path.startsWith('/api/upload') || process.env.API_CACHE_MAX_MB === '0') {
      await next();
      return;
    }
    const version = await cacheVersion();
    apiCache.follow(version);
    const key = apiCache.key(ctx.url, ctx.get('authorization') || undefined);
    const hit = apiCache.get(key);
    if (hit) {
      ctx.status = 200;
      ctx.type = hit.type;
      ctx.body = hit.body;
      ctx.set('x-bluehats-cache', 'hit');
      return;
    }
    await next();
    if (ctx.status === 200 && ctx.body && typeof ctx.body === 'object') {
      apiCache.set(key, JSON.stringify(ctx.body), 'application/json; charset=utf-8', version);
      ctx.set('x-bluehats-cache', 'miss');
    }
  };
};

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => apiCacheMiddleware(strapi);
