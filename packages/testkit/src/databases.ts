import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createThrowawayPublicFolder } from './isolated-cms.js';

export type DatabaseKind = 'sqlite' | 'postgres';

/** The database the integration tests run on: SQLite, or PostgreSQL with TEST_DATABASE=postgres (npm test runs both). */
export const testDatabase: DatabaseKind = process.env.TEST_DATABASE === 'postgres' ? 'postgres' : 'sqlite';

export type ThrowawayDatabase = {
  kind: DatabaseKind;
  env: Record<string, string>;
  drop: () => Promise<void>;
};

export const postgresUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const withAdminClient = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
};

/**
 * A database nobody else uses, removed by drop(): a file in a temporary folder, or a fresh PostgreSQL database.
 * The media files its entries point to are part of the same data, so it comes with its own public folder
 * (PUBLIC_DIR): every server and `strapi import` on this database shares it, and no test writes into apps/cms.
 */
export const createThrowawayDatabase = async (kind: DatabaseKind): Promise<ThrowawayDatabase> => {
  const publicDir = createThrowawayPublicFolder();
  const dropPublicDir = (): void => rmSync(publicDir, { recursive: true, force: true });
  if (kind === 'sqlite') {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bluehats-db-'));
    return {
      kind,
      env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dir, 'data.db'), PUBLIC_DIR: publicDir },
      drop: async () => {
        rmSync(dir, { recursive: true, force: true });
        dropPublicDir();
      },
    };
  }
  const name = `bluehats_test_${randomBytes(6).toString('hex')}`;
  await withAdminClient((c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  return {
    kind,
    env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString(), DATABASE_POOL_MIN: '0', PUBLIC_DIR: publicDir },
    drop: async () => {
      await withAdminClient((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      dropPublicDir();
    },
  };
};

/**
 * Runs one SQL statement straight on a throw-away database, as an editor's change or a migration would land,
 * without going through Strapi. Placeholders are written `?` for both engines.
 */
export const runSql = async <Row = Record<string, unknown>>(database: ThrowawayDatabase, sql: string, params: unknown[] = []): Promise<Row[]> => {
  if (database.kind === 'sqlite') {
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(database.env.DATABASE_FILENAME ?? '');
    try {
      const statement = db.prepare(sql);
      return statement.reader ? (statement.all(...params) as Row[]) : (statement.run(...params), []);
    } finally {
      db.close();
    }
  }
  let index = 0;
  const numbered = sql.replace(/\?/g, () => `$${++index}`);
  const client = new pg.Client({ connectionString: database.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(numbered, params)).rows as Row[];
  } finally {
    await client.end();
  }
};
