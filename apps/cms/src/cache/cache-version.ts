import type { Core } from '@strapi/strapi';

const TABLE = 'bluehats_cache_version';

/**
 * One counter in the database, shared by every CMS instance that uses it: each write bumps it inside
 * the writer's own transaction, each cached read compares it first (cache-invalidation.ts).
 * Why a row rather than PostgreSQL LISTEN/NOTIFY: a notification reaches the other instances some
 * time after the commit, so a read sent to instance B right after a publish on A could still get
 * the old answer; the row is committed with the content, so any read that follows the publish sees
 * the new version. It is also the same code on SQLite, and costs one primary-key read per request.
 */
export const ensureCacheVersion = async (strapi: Core.Strapi): Promise<void> => {
  const knex = strapi.db.connection;
  await knex.raw(`CREATE TABLE IF NOT EXISTS ${TABLE} (id integer PRIMARY KEY, version bigint NOT NULL)`);
  await knex.raw(`INSERT INTO ${TABLE} (id, version) VALUES (1, 0) ON CONFLICT (id) DO NOTHING`);
};

// Transactions that already moved the version: once is enough, the row stays locked until commit.
const bumped = new WeakSet<object>();

/**
 * In the current transaction when there is one, so the new version is visible exactly when the
 * write is. Called before a transaction's first write, every writing transaction locks the row
 * first: a single lock order, so two instances writing at once wait for each other, never deadlock.
 */
export const bumpCacheVersion = async (strapi: Core.Strapi): Promise<void> => {
  await strapi.db.transaction(async ({ trx }) => {
    if (bumped.has(trx)) return;
    bumped.add(trx);
    await trx(TABLE).where({ id: 1 }).increment('version', 1);
  });
};

export const readCacheVersion = async (strapi: Core.Strapi): Promise<string> => {
  const row = (await strapi.db.connection(TABLE).where({ id: 1 }).first('version')) as { version?: number | string } | undefined;
  if (row?.version === undefined) throw new Error(`Table ${TABLE} vide : le CMS n'a pas terminé son démarrage.`);
  return String(row.version);
};
