import { loadEnv } from 'vite';

/**
 * apps/web/.env merged into process.env, for what reads it there: the content source, which the
 * config's own imports already load (prefetch-content). Astro gives .env to import.meta.env only.
 * Imported first by astro.config.mjs, so that it runs before those imports; the environment wins.
 */
const fileEnv = loadEnv(process.env.NODE_ENV ?? 'production', process.cwd(), '');
for (const [key, value] of Object.entries(fileEnv)) {
  if (process.env[key] === undefined) process.env[key] = value;
}
