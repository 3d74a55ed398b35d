import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { mayReadDrafts } from '../draft-reads';
import { previewSections } from '../preview-link';
import { checkRequest, hashShareToken } from './rules';
import { sharedPreviewStore } from './store';

export type ShareState = 'live' | 'expired' | 'revoked' | 'unknown';

type AuthState = { auth?: Parameters<typeof mayReadDrafts>[0] };

/**
 * Asked by the preview server at every opening of a shared link, so that an expiry or a revocation
 * applies at once. Only the preview server's token may ask (as for drafts): to anyone else this
 * would be an oracle for guessing tokens. A POST, so the token stays out of URLs and of the API cache.
 */
export const sharedPreviewCheckRoute = (strapi: Core.Strapi, now: () => number): Core.Router => {
  const store = sharedPreviewStore(strapi);
  const check = async (ctx: Context): Promise<void> => {
    if (!mayReadDrafts((ctx.state as AuthState).auth)) {
      ctx.forbidden('Réservé au serveur d’aperçu.');
      return;
    }
    let request;
    try {
      request = await checkRequest.validate((ctx.request as { body?: unknown }).body ?? {}, { strict: true });
    } catch {
      ctx.badRequest('Demande invalide.');
      return;
    }
    const link = await store.byTokenHash(hashShareToken(request.token));
    const sameDocument = link !== null && previewSections[link.uid] === request.section && link.documentId === request.documentId;
    const state: ShareState = !link || !sameDocument ? 'unknown' : link.revokedAt !== null ? 'revoked' : link.expiresAt <= now() ? 'expired' : 'live';
    ctx.body = { data: state === 'live' && link ? { state, expiresAt: new Date(link.expiresAt).toISOString() } : { state } };
  };
  return {
    type: 'content-api',
    routes: [
      // A read scope: the read-only preview token passes Strapi's check, and the handler narrows it to that token.
      { method: 'POST', path: '/apercus-partages/verification', handler: check, config: { auth: { scope: ['api::shared-preview.shared-preview.findOne'] } }, info: {} },
    ],
  };
};
