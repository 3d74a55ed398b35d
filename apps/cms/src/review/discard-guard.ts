import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { versionWhere } from '../i18n/version-where';

type Uid = Parameters<Core.Strapi['db']['query']>[0];
type Ability = { can: (action: string, subject: string) => boolean };
type AdminRequest = { state?: { user?: { id?: number }; userAbility?: Ability; route?: { info?: { type?: string } } } };
type Draft = { updatedBy?: { id?: number } | null };

const publish = 'plugin::content-manager.explorer.publish';

/**
 * Strapi lets whoever may update an entry discard its pending draft ("discard" is an alias of
 * "update" in the content manager), so one Rédaction account could drop another's corrections of a
 * published entry. Discarding is kept for those who may publish the type, and for the draft's
 * author: the account that saved it last. Requests that are not an admin session (the import's
 * token, scripts) are left as they are.
 */
export const guardDiscard = (strapi: Core.Strapi): void => {
  strapi.documents.use(async (context, next) => {
    if (context.action !== 'discardDraft') return next();
    const request = strapi.requestContext.get() as AdminRequest | undefined;
    const { user, userAbility } = request?.state ?? {};
    if (request?.state?.route?.info?.type !== 'admin' || !user || !userAbility || userAbility.can(publish, context.uid)) return next();
    const { documentId, locale } = (context.params ?? {}) as { documentId?: string; locale?: string };
    const draft = (await strapi.db
      .query(context.uid as Uid)
      .findOne({ where: { documentId, publishedAt: null, ...versionWhere(strapi, context.uid, locale) }, populate: { updatedBy: { select: ['id'] } } })) as Draft | null;
    if (draft?.updatedBy?.id !== user.id) {
      throw new errors.ForbiddenError('Seuls les comptes qui publient ce contenu, ou l’auteur de ce brouillon, peuvent l’abandonner.');
    }
    return next();
  });
};
