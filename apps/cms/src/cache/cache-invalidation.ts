import type { Core } from '@strapi/strapi';
import { bumpCacheVersion, ensureCacheVersion } from './cache-version';

const READS = new Set(['beforeFindOne', 'afterFindOne', 'beforeFindMany', 'afterFindMany', 'beforeCount', 'afterCount']);

/**
 * Any write to the database (an entry, a relation, a file, a token, a permission) moves the shared
 * cache version, so the response cache of every instance on this database is emptied at its next
 * read: the cheapest rule that can never serve a stale answer after a publication.
 */
export const invalidateCacheOnWrites = async (strapi: Core.Strapi): Promise<void> => {
  await ensureCacheVersion(strapi);
  strapi.db.lifecycles.subscribe(async (event: { action: string }) => {
    if (READS.has(event.action)) return;
    // In a transaction: before its first write (lock order, see bumpCacheVersion); alone: once written.
    if (event.action.startsWith(strapi.db.inTransaction() ? 'before' : 'after')) await bumpCacheVersion(strapi);
  });
};
