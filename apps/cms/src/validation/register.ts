import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { entryAfterWrite } from './entry-after-write';
import { rulesFor, type FieldProblem } from './rules';
import { legacyPathProblems } from './legacy-paths';
import { lifecycleProblems } from '../lifecycle/lifecycle-rules';
import { pageSections } from '../preview/preview-sections';
import { versionWhere } from '../i18n/version-where';

type Data = Record<string, unknown>;

/**
 * Checks run in a document-service middleware so that every path (admin, REST, importer, seed)
 * gets them. Rules read the entry as it will be after the write (entry-after-write.ts): on update
 * only the changed fields arrive, and relations arrive as deltas, so moving only the closing date
 * before the opening date is caught, and an untouched video block is not taken for an empty one.
 */
const slugProblems = async (
  strapi: Core.Strapi,
  uid: string,
  data: Data,
  documentId: string | undefined,
  locale: string | undefined,
): Promise<FieldProblem[]> => {
  const slug = typeof data.slug === 'string' ? data.slug : '';
  const attributes = strapi.contentType(uid as Parameters<typeof strapi.contentType>[0])?.attributes ?? {};
  if (!slug || !('slug' in attributes)) return [];
  const taken = await strapi.db.query(uid as Parameters<typeof strapi.db.query>[0]).findOne({
    // Per language: the English page is at /en/<section>/<slug>/, apart from the French addresses.
    where: { slug, ...versionWhere(strapi, uid, locale), ...(documentId ? { documentId: { $ne: documentId } } : {}) },
  });
  if (!taken) return [];
  const label = String(taken.title ?? taken.name ?? taken.documentId);
  return [{ path: ['slug'], message: `L’adresse « ${slug} » est déjà utilisée par « ${label} » : choisissez-en une autre.` }];
};

export const registerValidation = (strapi: Core.Strapi): void => {
  strapi.documents.use(async (context, next) => {
    const rules = rulesFor(context.uid);
    if (context.action !== 'create' && context.action !== 'update') return next();
    const params = context.params as { data?: Data; documentId?: string; locale?: string };
    const after = await entryAfterWrite(strapi, context.uid, params.data ?? {}, {
      documentId: context.action === 'update' ? params.documentId : undefined,
      locale: params.locale,
    });
    const problems = [
      ...rules(after),
      ...(await slugProblems(strapi, context.uid, after, params.documentId, params.locale)),
      ...(await legacyPathProblems(strapi, context.uid, after, params.documentId)),
      ...lifecycleProblems(after, context.uid in pageSections && typeof after.slug === 'string' ? `/${pageSections[context.uid]}/${after.slug}/` : null),
    ];
    if (problems.length > 0) {
      throw new errors.ValidationError(
        problems.map((p) => p.message).join(' '),
        { errors: problems.map((p) => ({ path: p.path, message: p.message, name: 'ValidationError', value: null })) },
      );
    }
    return next();
  });
};
