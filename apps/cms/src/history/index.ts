import type { Core } from '@strapi/strapi';
import { historyAdminRoutes } from './admin-routes';
import { historyPreviewRoute } from './preview-route';
import { recordPublishedVersions } from './record-on-publish';
import { ensurePublishedVersionTable } from './store';

/** Every published version of an entry, to see and to restore as a draft (docs/guide-redaction.md, Versions publiées). */
export const registerHistory = (strapi: Core.Strapi): void => recordPublishedVersions(strapi);

export const startHistory = async (strapi: Core.Strapi, env: NodeJS.ProcessEnv): Promise<void> => {
  await ensurePublishedVersionTable(strapi);
  const settings = { previewUrl: env.PREVIEW_URL ?? 'http://127.0.0.1:4323', previewSecret: env.PREVIEW_SECRET ?? '', ttlSeconds: Number(env.PREVIEW_TTL_SECONDS ?? 3600) };
  strapi.server.routes(historyAdminRoutes(strapi, settings));
  strapi.server.routes(historyPreviewRoute(strapi));
};
