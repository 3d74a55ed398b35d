import type { Core } from '@strapi/strapi';
import { apiCache } from './response-cache';

const READS = new Set(['beforeFindOne', 'afterFindOne', 'beforeFindMany', 'afterFindMany', 'beforeCount', 'afterCount']);

/**
 * Any write to the database (an entry, a relation, a file, a token, a permission) empties the
 * response cache: the cheapest rule that can never serve a stale answer after a publication.
 */
export const clearCacheOnWrites = (strapi: Core.Strapi): void => {
  strapi.db.lifecycles.subscribe((event: { action: string }) => {
    if (!READS.has(event.action)) apiCache.clear();
  });
};
