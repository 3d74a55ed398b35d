import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { mayOnEntry } from '../../permissions/entries-open-to';
import { createRequest, hashShareToken, newShareToken, sharedLink } from './rules';
import { sharedPreviewStore, type SharedPreview } from './store';

type AdminState = { user?: { id: number; firstname?: string | null; lastname?: string | null; email?: string }; userAbility?: unknown };

const authorName = ({ user }: AdminState): string =>
  [user?.firstname, user?.lastname].filter(Boolean).join(' ') || user?.email || 'Compte inconnu';

const asListed = (link: SharedPreview) => ({
  id: link.id,
  createdByName: link.createdByName,
  createdAt: new Date(link.createdAt).toISOString(),
  expiresAt: new Date(link.expiresAt).toISOString(),
});

/** Ended links stay a month, for whoever asks who shared what, then go. */
const keptAfterEndMs = 30 * 24 * 3600 * 1000;

/** Without PREVIEW_SECRET the preview server cannot check a link: the panel then stays hidden. */
const previewDisabled = (ctx: Context): void => {
  ctx.status = 503;
  ctx.body = { error: { status: 503, message: 'L’aperçu n’est pas activé sur ce serveur (PREVIEW_SECRET).' } };
};

export type SharedPreviewSettings = { previewUrl: string; previewEnabled: boolean; now: () => number };

/** The edit view's side panel talks to these (src/admin/shared-preview-panel.tsx); the admin's session guards them. */
export const sharedPreviewAdminRoutes = (strapi: Core.Strapi, settings: SharedPreviewSettings): Core.Router => {
  const store = sharedPreviewStore(strapi);
  /**
   * Sharing a draft outside the team is putting it in front of the public: those who may publish
   * this entry decide (the content manager's check, conditions included).
   */
  const mayShare = (ctx: Context, uid: string, documentId: string): Promise<boolean> => mayOnEntry(strapi, (ctx.state as AdminState).userAbility, uid, documentId, 'publish');
  const config = { policies: ['admin::isAuthenticatedAdmin'] };

  const create = async (ctx: Context): Promise<void> => {
    let request;
    try {
      request = await createRequest.validate((ctx.request as { body?: unknown }).body ?? {}, { strict: true });
    } catch {
      ctx.badRequest('Demande invalide : choisissez une durée d’une seconde à 7 jours pour un contenu qui a un aperçu.');
      return;
    }
    if (!(await mayShare(ctx, request.uid, request.documentId))) {
      ctx.forbidden('Seuls les comptes qui peuvent publier ce contenu partagent son aperçu.');
      return;
    }
    if (!settings.previewEnabled) {
      previewDisabled(ctx);
      return;
    }
    const token = newShareToken();
    const now = settings.now();
    const state = ctx.state as AdminState;
    const expiresAt = now + request.durationSeconds * 1000;
    const id = await store.create({
      uid: request.uid,
      documentId: request.documentId,
      tokenHash: hashShareToken(token),
      createdById: Number(state.user?.id),
      createdByName: authorName(state),
      createdAt: now,
      expiresAt,
    });
    await store.forgetOlderThan(now - keptAfterEndMs);
    ctx.status = 201;
    // The only time the link is given: only its hash is kept.
    ctx.body = { data: { id, url: sharedLink(settings.previewUrl, request.uid, request.documentId, token), expiresAt: new Date(expiresAt).toISOString() } };
  };

  const list = async (ctx: Context): Promise<void> => {
    const { uid = '', documentId = '' } = (ctx as Context & { params: Record<string, string> }).params;
    if (!(await mayShare(ctx, uid, documentId))) {
      ctx.forbidden('Seuls les comptes qui peuvent publier ce contenu voient ses liens de partage.');
      return;
    }
    if (!settings.previewEnabled) {
      previewDisabled(ctx);
      return;
    }
    ctx.body = { data: (await store.live(uid, documentId, settings.now())).map(asListed) };
  };

  const revoke = async (ctx: Context): Promise<void> => {
    const link = await store.byId(Number((ctx as Context & { params: Record<string, string> }).params.id));
    if (!link) {
      ctx.notFound('Ce lien de partage n’existe pas.');
      return;
    }
    if (!(await mayShare(ctx, link.uid, link.documentId))) {
      ctx.forbidden('Seuls les comptes qui peuvent publier ce contenu révoquent ses liens de partage.');
      return;
    }
    await store.revoke(link.id, settings.now());
    ctx.body = { data: { id: link.id } };
  };

  return {
    type: 'admin',
    routes: [
      { method: 'POST', path: '/partage-apercu', handler: create, config, info: {} },
      { method: 'GET', path: '/partage-apercu/:uid/:documentId', handler: list, config, info: {} },
      { method: 'POST', path: '/partage-apercu/:id/revocation', handler: revoke, config, info: {} },
    ],
  };
};
