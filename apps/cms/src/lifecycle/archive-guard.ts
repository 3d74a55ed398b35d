import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { hasLifecycle, lifecycleFields as f } from './lifecycle-fields';
import { versionWhere } from '../i18n/version-where';

type Uid = Parameters<Core.Strapi['db']['query']>[0];
type Ability = { can: (action: string, subject: string) => boolean };
type AdminRequest = { state?: { user?: { id?: number }; userAbility?: Ability; route?: { info?: { type?: string } } } };
type Params = { documentId?: string; locale?: string; data?: Record<string, unknown> };

const publish = 'plugin::content-manager.explorer.publish';
const guarded = [f.archived, f.archiveReason] as const;

const same = (a: unknown, b: unknown): boolean => (a ?? null) === (b ?? null) || (!a && !b);

/**
 * Archiving takes a page out of the lists, the feeds and the home page: a change to the public
 * site, so it is the Publication role's, like publishing. A Rédaction account's draft could
 * otherwise carry « Archivée » into the next publication of the entry unnoticed. An admin session
 * that may not publish the type may save « Archivée » and its reason only as they are stored; the
 * edit view sends every field on each save, so the values are compared, not their presence.
 * Requests that are not an admin session (the import's token, scripts) are left as they are; the
 * site's read token cannot write.
 */
export const guardArchiving = (strapi: Core.Strapi): void => {
  strapi.documents.use(async (context, next) => {
    if (context.action !== 'create' && context.action !== 'update') return next();
    if (!hasLifecycle(strapi.contentType(context.uid as Parameters<Core.Strapi['contentType']>[0])?.attributes)) return next();
    const request = strapi.requestContext.get() as AdminRequest | undefined;
    const { user, userAbility } = request?.state ?? {};
    if (request?.state?.route?.info?.type !== 'admin' || !user || !userAbility || userAbility.can(publish, context.uid)) return next();
    const { documentId, locale, data = {} } = context.params as Params;
    const stored = (documentId
      ? await strapi.db.query(context.uid as Uid).findOne({ where: { documentId, publishedAt: null, ...versionWhere(strapi, context.uid, locale) }, select: [...guarded] })
      : null) as Record<string, unknown> | null;
    const changed = guarded.filter((field) => field in data && !same(data[field], stored?.[field] ?? (field === f.archived ? false : null)));
    if (changed.length > 0) {
      // A validation error, not a 403: the admin then shows the French message on the field itself.
      const message = 'Seule l’équipe Publication peut archiver ou désarchiver une page, et en changer le motif.';
      throw new errors.ValidationError(message, { errors: changed.map((field) => ({ path: [field], message, name: 'ValidationError', value: null })) });
    }
    return next();
  });
};
