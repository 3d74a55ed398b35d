import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';

// Compiled to dist/config, so the app root is two levels up in both source and build layouts.
const appRoot = path.resolve(__dirname, '..', '..');

const sqliteFile = (filename: string): string => {
  const file = path.isAbsolute(filename) ? filename : path.join(appRoot, filename);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return file;
};

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Database => {
  const client = env('DATABASE_CLIENT', 'sqlite');
  const pool = { min: env.int('DATABASE_POOL_MIN', 2), max: env.int('DATABASE_POOL_MAX', 10) };
  const ssl = env.bool('DATABASE_SSL', false) && {
    ca: env('DATABASE_SSL_CA', undefined),
    rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true),
  };
  const acquireConnectionTimeout = env.int('DATABASE_CONNECTION_TIMEOUT', 60000);

  if (client === 'postgres') {
    return {
      connection: {
        client: 'postgres',
        // node-postgres lets DATABASE_URL, when set, take precedence over the separate fields.
        connection: {
          connectionString: env('DATABASE_URL', '') || undefined,
          host: env('DATABASE_HOST', '127.0.0.1'),
          port: env.int('DATABASE_PORT', 5432),
          database: env('DATABASE_NAME', 'bluehats'),
          user: env('DATABASE_USERNAME', 'postgres'),
          password: env('DATABASE_PASSWORD', ''),
          ssl,
          schema: env('DATABASE_SCHEMA', 'public'),
        },
        pool,
        acquireConnectionTimeout,
      },
    };
  }

  if (client !== 'sqlite') {
    throw new Error(`DATABASE_CLIENT="${client}" n'est pas pris en charge : utilisez "sqlite" (défaut) ou "postgres".`);
  }

  // The scaffold leaves DATABASE_FILENAME empty in .env, which env() returns as "": treat it as unset.
  const filename = env('DATABASE_FILENAME', '') || '.tmp/data.db';
  return {
    connection: {
      client: 'sqlite',
      connection: { filename: sqliteFile(filename) },
      useNullAsDefault: true,
      acquireConnectionTimeout,
    },
  };
};

export default config;
