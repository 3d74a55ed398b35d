import type { Core, UID } from '@strapi/strapi';
import type { Context } from 'koa';
import { mayReadDrafts } from '../preview/draft-reads';
import { previewSections } from '../preview/preview-link';
import { publishedVersionStore } from './store';

type AuthState = { auth?: Parameters<typeof mayReadDrafts>[0] };

/**
 * A past version, for the preview server's page of it (a link the « Versions publiées » panel
 * signs): only the preview server's token may read it, as for drafts, and it is given as the REST
 * API gives the current one (private fields left out), so the site's own view renders it.
 */
export const historyPreviewRoute = (strapi: Core.Strapi): Core.Router => {
  const store = publishedVersionStore(strapi);
  const read = async (ctx: Context): Promise<void> => {
    const auth = (ctx.state as AuthState).auth;
    if (!mayReadDrafts(auth)) {
      ctx.forbidden('Réservé au serveur d’aperçu.');
      return;
    }
    const version = await store.byId(Number((ctx as Context & { params: Record<string, string> }).params.id));
    if (!version || !previewSections[version.uid]) {
      ctx.notFound('Cette version n’existe pas.');
      return;
    }
    const schema = strapi.getModel(version.uid as UID.ContentType);
    const entry = await strapi.contentAPI.sanitize.output(version.snapshot, schema, { auth });
    ctx.body = { data: { section: previewSections[version.uid], documentId: version.documentId, publishedAt: new Date(version.publishedAt).toISOString(), entry } };
  };
  return {
    type: 'content-api',
    routes: [
      // A read scope: the read-only preview token passes Strapi's check, and the handler narrows it to that token.
      { method: 'GET', path: '/versions-publiees/:id', handler: read, config: { auth: { scope: ['api::published-version.published-version.findOne'] } }, info: {} },
    ],
  };
};
