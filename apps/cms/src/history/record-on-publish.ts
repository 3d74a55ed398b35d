import type { Core, UID } from '@strapi/strapi';
import { snapshotPopulate } from './snapshot';
import { publishedVersionStore } from './store';
import { lifecycleFields } from '../lifecycle/lifecycle-fields';
import { versionWhere } from '../i18n/version-where';

type ChangeNote = { date?: unknown; text?: unknown };

/**
 * The public change note this publication added, if any: the lifecycle appends it to « Notes de mise
 * à jour » dated with the new « Dernière mise à jour » (lifecycle/change-notes-on-publish.ts); a
 * minor correction, or a type without the lifecycle, has none.
 */
const noteOfThisPublication = (snapshot: Record<string, unknown>): string | null => {
  const notes = snapshot[lifecycleFields.changeNotes];
  const last = Array.isArray(notes) ? (notes.at(-1) as ChangeNote | undefined) : undefined;
  return last && last.date === snapshot[lifecycleFields.revisedAt] ? text(last.text) : null;
};

type Params = { documentId?: string; locale?: string; status?: string };
type RequestState = {
  user?: { firstname?: string | null; lastname?: string | null; email?: string };
  auth?: { credentials?: { name?: string } };
};

/** Every type with a draft step keeps its published versions: derived from the schemas, no list. */
export const keepsHistory = (strapi: Core.Strapi, uid: string): boolean =>
  uid.startsWith('api::') && Boolean(strapi.contentType(uid as UID.ContentType)?.options?.draftAndPublish);

/** Who published: the admin account, the API token (the import), or nobody (a scheduled publication). */
const publisherName = (state: RequestState | undefined): string => {
  const user = state?.user;
  if (user) return [user.firstname, user.lastname].filter(Boolean).join(' ') || user.email || 'Compte inconnu';
  const token = state?.auth?.credentials?.name;
  return token ? `Jeton d’API « ${token} »` : 'Publication automatique';
};

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null);

/**
 * Each publication keeps a snapshot of the published document, in the publication's transaction:
 * a refused publication leaves no version, and no version is ever missing. Publishing through the
 * admin, the REST API with status=published (the import) or a scheduled publication all count.
 * Each language version has its own versions: an English publication is kept, listed and restored
 * as English, apart from the French ones.
 */
export const recordPublishedVersions = (strapi: Core.Strapi): void => {
  const store = publishedVersionStore(strapi);
  strapi.documents.use(async (context, next) => {
    const params = (context.params ?? {}) as Params;
    const publishes = context.action === 'publish' || ((context.action === 'create' || context.action === 'update') && params.status === 'published');
    if (!publishes || !keepsHistory(strapi, context.uid)) return next();
    // The version published: the request's language, the default one when it names none; none for a type without languages.
    const locale = versionWhere(strapi, context.uid, params.locale).locale ?? null;
    const uid = context.uid as UID.ContentType;
    return strapi.db.transaction(async ({ trx }) => {
      const result = await next();
      const documentId = params.documentId ?? (result as { documentId?: string } | null)?.documentId;
      if (!documentId) return result;
      const documents = strapi.documents(uid);
      const snapshot = (await documents.findOne({
        documentId,
        ...(locale ? { locale } : {}),
        status: 'published',
        populate: snapshotPopulate(strapi, uid),
      } as Parameters<typeof documents.findOne>[0])) as Record<string, unknown> | null;
      if (!snapshot) return result;
      const state = (strapi.requestContext.get() as { state?: RequestState } | undefined)?.state;
      await store.add(trx, { uid, documentId, locale, publishedAt: Date.now(), publishedByName: publisherName(state), changeNote: noteOfThisPublication(snapshot), snapshot });
      return result;
    });
  });
};
