import type { Core } from '@strapi/strapi';
import type { LinkChecker } from './checker';

type Params = { documentId?: string; status?: string };

/**
 * A publication is checked again once it is committed, in the background: the publication never
 * waits for distant servers, and a link fixed and published leaves « À compléter » at once. An
 * unpublished or deleted document leaves it too (checkDocument finds nothing published).
 */
export const checkAfterPublication = (strapi: Core.Strapi, checker: LinkChecker): void => {
  strapi.documents.use(async (context, next) => {
    const params = (context.params ?? {}) as Params;
    const writesPublic =
      ['publish', 'unpublish', 'delete'].includes(context.action) || ((context.action === 'create' || context.action === 'update') && params.status === 'published');
    if (!writesPublic || !context.uid.startsWith('api::')) return next();
    return strapi.db.transaction(async ({ onCommit }) => {
      const result = await next();
      const documentId = params.documentId ?? (result as { documentId?: string } | null)?.documentId;
      if (documentId) {
        onCommit(() => {
          checker.checkDocument(context.uid, documentId).catch((error: unknown) => strapi.log.warn(`Vérification des liens de ${context.uid} ${documentId} : ${error instanceof Error ? error.message : String(error)}`));
        });
      }
      return result;
    });
  });
};
