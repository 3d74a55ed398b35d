/**
 * The publish service run alone, as a deployment runs it (docs/production.md): `npm run service -w web`.
 * Settings from the environment, the same names as `npm start` reads; `npm start` calls the same
 * startPublishService in its own process instead, beside Strapi and the preview server.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPublishService } from './src/engine/index';

const required = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} manque : le service de publication ne démarre pas sans lui (docs/production.md).`);
  return value;
};

const service = await startPublishService({
  webDir: path.dirname(fileURLToPath(import.meta.url)),
  strapiUrl: required('STRAPI_URL'),
  strapiToken: required('STRAPI_TOKEN'),
  siteUrl: required('SITE_URL'),
  sitesDir: process.env.WEB_SITES_DIR,
  sitePort: Number(process.env.WEB_PORT ?? '4321'),
  webhookPort: Number(process.env.REBUILD_PORT ?? '4322'),
  webhookSecret: required('REBUILD_WEBHOOK_SECRET'),
});
console.log(`Service de publication prêt : site sur le port ${process.env.WEB_PORT ?? '4321'}, webhook et /status sur le port ${process.env.REBUILD_PORT ?? '4322'}.`);
const stop = (): void => void service.close().then(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
