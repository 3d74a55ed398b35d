import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { rulesByType } from './rules';

type Data = Record<string, unknown>;

/**
 * Checks run in a document-service middleware so that every path (admin, REST, importer, seed)
 * gets them. On update only the changed fields arrive, so they are checked merged over the
 * current draft: moving only the closing date before the opening date is caught too.
 */
export const registerValidation = (strapi: Core.Strapi): void => {
  strapi.documents.use(async (context, next) => {
    const rules = rulesByType[context.uid];
    if (!rules || (context.action !== 'create' && context.action !== 'update')) return next();
    const params = context.params as { data?: Data; documentId?: string };
    const data = params.data ?? {};
    let merged = data;
    if (context.action === 'update' && params.documentId) {
      const current = await strapi.db
        .query(context.uid)
        .findOne({ where: { documentId: params.documentId, publishedAt: null } });
      merged = { ...(current ?? {}), ...data };
    }
    const problems = rules(merged);
    if (problems.length > 0) {
      throw new errors.ValidationError(
        problems.map((p) => p.message).join(' '),
        { errors: problems.map((p) => ({ path: p.path, message: p.message, name: 'ValidationError', value: null })) },
      );
    }
    return next();
  });
};
