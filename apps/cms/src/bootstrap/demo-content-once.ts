import type { Core } from '@strapi/strapi';
import { seedDemoContent } from '../seed/seed-demo-content';
import { removeDemoMedia, uploadDemoMedia } from '../seed/upload-demo-media';

const STORE_KEY = 'demo-content';

/**
 * Demo content is created once, on a database that holds no content yet. A marker in Strapi's
 * store remembers it was done, so an editor who deletes or edits demo entries keeps their changes.
 */
export const ensureDemoContent = async (strapi: Core.Strapi, enabled: boolean): Promise<void> => {
  if (!enabled) return;
  const store = strapi.store({ type: 'core', name: 'bluehats' });
  if (await store.get({ key: STORE_KEY })) return;
  const hasContent =
    (await strapi.db.query('api::article.article').count()) > 0 ||
    (await strapi.db.query('api::project-call.project-call').count()) > 0;
  if (!hasContent) {
    const media = await uploadDemoMedia(strapi);
    const report = await seedDemoContent(strapi, new Date(), media.ids).catch(async (error: unknown) => {
      await removeDemoMedia(strapi, media);
      throw error;
    });
    strapi.log.info(`Contenu de démonstration créé : ${JSON.stringify(report)}`);
  }
  await store.set({ key: STORE_KEY, value: { seededAt: new Date().toISOString(), skipped: hasContent } });
};
