import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { previewTokenName } from '../bootstrap/api-tokens';

type RequestAuth = { strategy?: { name?: string }; credentials?: { name?: string; type?: string } };
type RequestContext = { state?: { auth?: RequestAuth; route?: { info?: { type?: string } } } };

/** Drafts through the content API: the preview server's token, or a full-access token (it can write them anyway). */
export const mayReadDrafts = (auth: RequestAuth | undefined): boolean =>
  auth?.strategy?.name === 'content-api-token' && (auth.credentials?.type === 'full-access' || auth.credentials?.name === previewTokenName);

/**
 * Strapi lets any caller with find/findOne ask `?status=draft`: the build's read-only token would
 * read every unpublished text. Every document read of a content-API request passes here, so a
 * leaked build token exposes only what is already public. The admin (its own route type) is untouched.
 */
export const guardDraftReads = (strapi: Core.Strapi): void => {
  strapi.documents.use(async (context, next) => {
    const { status } = (context.params ?? {}) as { status?: unknown };
    if (status === 'draft') {
      const request = strapi.requestContext.get() as RequestContext | undefined;
      if (request?.state?.route?.info?.type === 'content-api' && !mayReadDrafts(request.state.auth)) {
        throw new errors.ForbiddenError('Les brouillons ne sont lisibles qu’avec le jeton du serveur d’aperçu.');
      }
    }
    return next();
  });
};
