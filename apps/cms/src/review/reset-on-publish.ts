import type { Core } from '@strapi/strapi';
import { versionWhere } from '../i18n/version-where';
import { reviewField, reviewStates } from './review-states';

type Uid = Parameters<Core.Strapi['db']['query']>[0];
type Params = { documentId?: string; locale?: string; status?: string; data?: Record<string, unknown> };

const hasReviewStep = (strapi: Core.Strapi, uid: string): boolean =>
  reviewField in (strapi.contentType(uid as Parameters<Core.Strapi['contentType']>[0])?.attributes ?? {});

/**
 * Once published, an entry's review is over: the next correction starts from « Non demandée » and the
 * « À relire » list holds only what still waits. The draft is reset before Strapi copies it into the
 * published version, so both carry the same state and the same updatedAt (an update after the copy
 * would show the entry as « Modifié »), in the same transaction, so a refused publication keeps the
 * request. Only the published language's draft: each language is reviewed on its own.
 */
export const resetReviewOnPublish = (strapi: Core.Strapi): void => {
  strapi.documents.use(async (context, next) => {
    if (!hasReviewStep(strapi, context.uid)) return next();
    const params = context.params as Params;
    const { documentId } = params;
    if (context.action === 'publish' && documentId) {
      // Joins the admin's transaction when there is one; otherwise its own holds the reset and the publication.
      return strapi.db.transaction(async () => {
        await strapi.db
          .query(context.uid as Uid)
          .updateMany({ where: { documentId, publishedAt: null, ...versionWhere(strapi, context.uid, params.locale) }, data: { [reviewField]: reviewStates.notRequested } });
        return next();
      });
    }
    // An empty state (null, '') would drop the entry out of every list of the review: it means « Non demandée ».
    if ((context.action === 'create' || context.action === 'update') && params.data && reviewField in params.data && !params.data[reviewField]) {
      params.data = { ...params.data, [reviewField]: reviewStates.notRequested };
    }
    // Created or saved and published at once (REST, importer): the same reset, in the data written.
    if ((context.action === 'create' || context.action === 'update') && params.status === 'published' && params.data) {
      params.data = { ...params.data, [reviewField]: reviewStates.notRequested };
    }
    return next();
  });
};
