import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { previewTokenName } from '../bootstrap/api-tokens';

type RequestAuth = { strategy?: { name?: string }; credentials?: { name?: string; type?: string } };
type RequestContext = { state?: { auth?: RequestAuth; route?: { info?: { type?: string } } } };

/** Drafts through the content API: the preview server's token, or a full-access token (it can write them anyway). */
export const mayReadDrafts = (auth: RequestAuth | undefined): boolean =>
  auth?.strategy?.name === 'content-api-token' && (auth.credentials?.type === 'full-access' || auth.credentials?.name === previewTokenName);

const reads = new Set(['findMany', 'findFirst', 'findOne', 'count']);

// Parameters that choose versions by their publication (Strapi 5's publicationFilter and its older
// hasPublishedVersion): with the published status they can only narrow it, but they still tell
// which published entries have a pending draft. Not part of what a read token may ask.
const publicationSelectors = ['publicationFilter', 'hasPublishedVersion'];

/**
 * The content API answers published content only, to every caller but the preview server's token:
 * an allow-list, not a list of spellings. Strapi's core service merges `{ status: 'published', ...query }`
 * and its document service reads anything but exactly 'published' as drafts, so `?status=`, a bare
 * `?status`, `status[]=draft` or `status[x]=draft` would all read drafts: any status other than
 * 'published' is refused, and every read of a content-API request runs with the published status,
 * whatever else it carries (filters on publishedAt then meet Strapi's own `publishedAt` not null).
 * The admin (its own route type) is untouched.
 */
export const guardDraftReads = (strapi: Core.Strapi): void => {
  strapi.documents.use(async (context, next) => {
    if (!reads.has(context.action)) return next();
    const request = strapi.requestContext.get() as RequestContext | undefined;
    if (request?.state?.route?.info?.type !== 'content-api' || mayReadDrafts(request.state.auth)) return next();
    const params = (context.params ?? {}) as Record<string, unknown>;
    if (params.status !== undefined && params.status !== 'published') {
      throw new errors.ForbiddenError('Les brouillons ne sont lisibles qu’avec le jeton du serveur d’aperçu.');
    }
    for (const key of publicationSelectors) delete params[key];
    (context as { params: Record<string, unknown> }).params = { ...params, status: 'published' };
    return next();
  });
};
