import type { Core } from '@strapi/strapi';
import { pickerLabelField, pickerLabelRules, type PickerLabelRule } from './picker-labels';
import { sharedFieldsForNewVersion } from '../i18n/shared-fields';
import { versionWhere } from '../i18n/version-where';

type Uid = Parameters<Core.Strapi['db']['query']>[0];
type Params = { documentId?: string; locale?: string; data?: Record<string, unknown> };
type Row = Record<string, unknown> & { id: number };

const ruleOf = (uid: string): PickerLabelRule | undefined => (Object.hasOwn(pickerLabelRules, uid) ? pickerLabelRules[uid] : undefined);

/**
 * Every write computes the label from what the entry will hold: the data sent, completed by the
 * stored draft for the attributes a partial update leaves out. Publishing copies the draft, label
 * included, so only create and update write it.
 */
export const syncPickerLabels = (strapi: Core.Strapi): void => {
  strapi.documents.use(async (context, next) => {
    const rule = ruleOf(context.uid);
    const params = context.params as Params;
    if (!rule || (context.action !== 'create' && context.action !== 'update') || !params.data) return next();
    const data = params.data;
    const missing = rule.sources.filter((source) => !(source in data));
    const draftIn = async (documentId: string, locale: string | undefined): Promise<Record<string, unknown> | null> =>
      strapi.db.query(context.uid as Uid).findOne({ where: { documentId, publishedAt: null, ...versionWhere(strapi, context.uid, locale) }, select: missing });
    // A new language version takes its shared sources (a quote's author, a video's host) from the default language's.
    const stored =
      missing.length > 0 && context.action === 'update' && params.documentId
        ? ((await draftIn(params.documentId, params.locale)) ?? sharedFieldsForNewVersion(strapi, context.uid, params.locale, await draftIn(params.documentId, undefined)))
        : {};
    params.data = { ...data, [pickerLabelField]: rule.label({ ...stored, ...data }) };
    return next();
  });
};

/**
 * Entries written before the label existed, or by a path that skips the document service (a
 * database import), get theirs at boot; rows already right are left alone, so a second boot writes
 * nothing.
 */
export const backfillPickerLabels = async (strapi: Core.Strapi): Promise<void> => {
  let written = 0;
  for (const [uid, rule] of Object.entries(pickerLabelRules)) {
    const query = strapi.db.query(uid as Uid);
    const rows = (await query.findMany({ select: ['id', pickerLabelField, ...rule.sources] })) as Row[];
    for (const row of rows) {
      const label = rule.label(row);
      if (row[pickerLabelField] === label) continue;
      await query.update({ where: { id: row.id }, data: { [pickerLabelField]: label } });
      written += 1;
    }
  }
  strapi.log.info(`Noms dans les listes de choix : ${written} entrée(s) mise(s) à jour.`);
};
