import type { Core, UID } from '@strapi/strapi';
import { versionWhere } from '../i18n/version-where';
import { hasLifecycle, lifecycleFields as f } from './lifecycle-fields';

type Uid = Parameters<Core.Strapi['db']['query']>[0];
type Params = { documentId?: string; locale?: string; status?: string; data?: Record<string, unknown> };
type Note = { date: string; text: string };
type Draft = { updateNote?: string | null; minorCorrection?: boolean | null; changeNotes?: Note[] | null };

const attributesOf = (strapi: Core.Strapi, uid: string) => strapi.contentType(uid as UID.ContentType)?.attributes;

/**
 * What a publication writes from the draft's « Note de mise à jour » and « Correction mineure »:
 * a correction of a published entry with a note adds it, dated, to the public « Notes de mise à
 * jour » (changeNotes) and moves « Dernière mise à jour » (revisedAt, the site map's lastmod); a
 * minor correction moves neither. Both draft-side fields are then cleared, so the next correction
 * starts empty.
 */
const publicationData = (draft: Draft, wasPublished: boolean, now: string): Record<string, unknown> => {
  const minor = draft.minorCorrection === true;
  const text = draft.updateNote?.trim();
  const notes = (draft.changeNotes ?? []).map(({ date, text: noteText }) => ({ date, text: noteText }));
  return {
    [f.updateNote]: null,
    [f.minorCorrection]: false,
    ...(minor ? {} : { [f.revisedAt]: now }),
    ...(!minor && wasPublished && text ? { [f.changeNotes]: [...notes, { date: now, text }] } : {}),
  };
};

// In this language: an English version published for the first time is no correction of the French one.
const isPublished = async (strapi: Core.Strapi, uid: string, documentId: string, locale: string | undefined): Promise<boolean> =>
  (await strapi.db.query(uid as Uid).count({ where: { documentId, publishedAt: { $notNull: true }, ...versionWhere(strapi, uid, locale) } })) > 0;

const readDraft = async (strapi: Core.Strapi, uid: string, documentId: string, locale: string | undefined): Promise<Draft | null> => {
  const documents = strapi.documents(uid as UID.ContentType);
  return (await documents.findOne({
    documentId,
    ...(locale ? { locale } : {}),
    status: 'draft',
    fields: [f.updateNote, f.minorCorrection],
    populate: { [f.changeNotes]: true },
  } as Parameters<typeof documents.findOne>[0])) as Draft | null;
};

/**
 * The document-service middleware of change notes: in the admin, « Publier » (the publish action);
 * through REST and the importer, a save that publishes at once (create or update with
 * status=published, whose inner publication runs no middleware). Like the review's reset
 * (review/reset-on-publish.ts), the draft is written before Strapi copies it into the published
 * version, in the same transaction, so both carry the same notes and a refused publication keeps
 * the editor's note.
 */
export const publishChangeNotes = (strapi: Core.Strapi): void => {
  strapi.documents.use(async (context, next) => {
    if (!hasLifecycle(attributesOf(strapi, context.uid))) return next();
    const params = context.params as Params;
    const now = new Date().toISOString();
    if (context.action === 'publish' && params.documentId) {
      const { documentId, locale } = params;
      return strapi.db.transaction(async () => {
        const draft = await readDraft(strapi, context.uid, documentId, locale);
        if (draft) {
          const data = publicationData(draft, await isPublished(strapi, context.uid, documentId, locale), now);
          if (f.changeNotes in data) {
            // A repeatable component is written by the document service (its own table and links).
            const documents = strapi.documents(context.uid as UID.ContentType);
            await documents.update({ documentId, ...(locale ? { locale } : {}), data } as Parameters<typeof documents.update>[0]);
          } else {
            await strapi.db.query(context.uid as Uid).updateMany({ where: { documentId, publishedAt: null, ...versionWhere(strapi, context.uid, locale) }, data });
          }
        }
        return next();
      });
    }
    if ((context.action === 'create' || context.action === 'update') && params.status === 'published' && params.data) {
      const stored = context.action === 'update' && params.documentId ? await readDraft(strapi, context.uid, params.documentId, params.locale) : null;
      const draft: Draft = {
        updateNote: (params.data[f.updateNote] ?? stored?.updateNote) as Draft['updateNote'],
        minorCorrection: (params.data[f.minorCorrection] ?? stored?.minorCorrection) as Draft['minorCorrection'],
        changeNotes: (params.data[f.changeNotes] ?? stored?.changeNotes) as Draft['changeNotes'],
      };
      const wasPublished = context.action === 'update' && params.documentId ? await isPublished(strapi, context.uid, params.documentId, params.locale) : false;
      params.data = { ...params.data, ...publicationData(draft, wasPublished, now) };
    }
    return next();
  });
};
