import type { Core } from '@strapi/strapi';
import { sharedPreviewAdminRoutes } from './admin-routes';
import { sharedPreviewCheckRoute } from './check-route';
import { ensureSharedPreviewTable } from './store';

/** Preview links an editor who may publish shares with someone without an account (docs/guide-redaction.md, Partager un aperçu). */
export const registerSharedPreviews = async (strapi: Core.Strapi, env: NodeJS.ProcessEnv): Promise<void> => {
  await ensureSharedPreviewTable(strapi);
  const now = () => Date.now();
  strapi.server.routes(sharedPreviewAdminRoutes(strapi, { previewUrl: env.PREVIEW_URL ?? 'http://127.0.0.1:4323', previewEnabled: Boolean(env.PREVIEW_SECRET), now }));
  strapi.server.routes(sharedPreviewCheckRoute(strapi, now));
};
