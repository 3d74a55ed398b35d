import type { Core, UID } from '@strapi/strapi';
import type { Context } from 'koa';
import { mayOnEntry } from '../permissions/entries-open-to';
import { previewLink, previewSections } from '../preview/preview-link';
import { reviewField } from '../review/review-states';
import { keepsHistory } from './record-on-publish';
import { lifecycleFields } from '../lifecycle/lifecycle-fields';
import { draftDataOf, existingIn } from './snapshot';
import { publishedVersionStore, type PublishedVersion } from './store';
import { versionWhere } from '../i18n/version-where';

export type HistorySettings = { previewUrl: string; previewSecret: string; ttlSeconds: number };

type Params = Record<string, string>;
type AdminState = { userAbility?: unknown };

/**
 * Fields a restored draft keeps as they are: its review step (the restored draft is a new
 * correction, to review again) and its lifecycle (an old note would be published a second time,
 * the public change notes would lose the later ones, and archiving is its own action).
 */
const notRestored = [reviewField, ...Object.values(lifecycleFields)];

/** The edit view's « Versions publiées » panel talks to these (src/admin/history-panel.tsx); the admin's session guards them. */
export const historyAdminRoutes = (strapi: Core.Strapi, settings: HistorySettings): Core.Router => {
  const store = publishedVersionStore(strapi);
  const config = { policies: ['admin::isAuthenticatedAdmin'] };
  const may = (ctx: Context, uid: string, documentId: string, verb: 'read' | 'update') =>
    keepsHistory(strapi, uid) ? mayOnEntry(strapi, (ctx.state as AdminState).userAbility, uid, documentId, verb) : Promise.resolve(false);
  const viewUrl = (version: PublishedVersion): string | null =>
    previewSections[version.uid] && settings.previewSecret
      ? previewLink({ uid: version.uid, documentId: version.documentId, status: 'published', version: version.id, locale: version.locale }, { baseUrl: settings.previewUrl, secret: settings.previewSecret, ttlSeconds: settings.ttlSeconds })
      : null;

  const list = async (ctx: Context): Promise<void> => {
    const { uid = '', documentId = '' } = (ctx as Context & { params: Params }).params;
    // The edit view's language (?locale=en): each language version lists its own publications.
    const locale = versionWhere(strapi, uid, ctx.query.locale).locale ?? null;
    if (!(await may(ctx, uid, documentId, 'read'))) {
      ctx.forbidden('Seuls les comptes qui peuvent lire ce contenu voient ses versions publiées.');
      return;
    }
    const versions = await store.of(uid, documentId, locale);
    ctx.body = {
      data: versions.map((version) => ({
        id: version.id,
        publishedAt: new Date(version.publishedAt).toISOString(),
        publishedByName: version.publishedByName,
        changeNote: version.changeNote,
        viewUrl: viewUrl(version),
      })),
      meta: { mayRestore: await may(ctx, uid, documentId, 'update') },
    };
  };

  /** Writes the version into the draft, never publishing: the public site changes only at the next publication. */
  const restore = async (ctx: Context): Promise<void> => {
    const version = await store.byId(Number((ctx as Context & { params: Params }).params.id));
    if (!version) {
      ctx.notFound('Cette version n’existe pas.');
      return;
    }
    if (!(await may(ctx, version.uid, version.documentId, 'update'))) {
      ctx.forbidden('Seuls les comptes qui peuvent modifier ce contenu restaurent une de ses versions.');
      return;
    }
    const uid = version.uid as UID.ContentType;
    const data = await draftDataOf(strapi, uid, version.snapshot, existingIn(strapi), notRestored);
    const documents = strapi.documents(uid);
    // Into the draft of the version's own language: an English version never overwrites the French draft.
    await documents.update({ documentId: version.documentId, ...(version.locale ? { locale: version.locale } : {}), data } as Parameters<typeof documents.update>[0]);
    ctx.body = { data: { id: version.id, documentId: version.documentId } };
  };

  return {
    type: 'admin',
    routes: [
      { method: 'GET', path: '/versions-publiees/:uid/:documentId', handler: list, config, info: {} },
      { method: 'POST', path: '/versions-publiees/:id/restauration', handler: restore, config, info: {} },
    ],
  };
};
