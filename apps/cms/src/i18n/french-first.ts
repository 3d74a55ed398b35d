import type { Core } from '@strapi/strapi';
import { defaultLocale, isTranslated, siteLocales, type TranslatableSchema } from './locales';

type Schema = TranslatableSchema & { collectionName?: string };
type SyncEvent = { oldContentTypes?: Record<string, Schema>; contentTypes: Record<string, Schema> };
type LocaleRow = { id: number; code: string; name: string };
type LocalesService = {
  findByCode: (code: string) => Promise<LocaleRow | null>;
  create: (locale: { code: string; name: string }) => Promise<LocaleRow>;
  update: (where: { id: number }, changes: { name: string }) => Promise<LocaleRow>;
  getDefaultLocale: () => Promise<string | null>;
  setDefaultLocale: (locale: { code: string }) => Promise<unknown>;
};

const LOCALE = 'plugin::i18n.locale';

/**
 * Makes the French locale exist and be the default, before Strapi's own i18n migration runs.
 *
 * A type that becomes localized gets its entries' empty locale set to the *current* default locale
 * (@strapi/core migrations/i18n.js, at "afterSync"). A database made before the site had languages
 * has Strapi's own first locale, English, as default: its entries would all become English. Run at
 * "beforeSync", this points the default at French first, so the same migration labels them French.
 */
const frenchBeforeLabelling = async (strapi: Core.Strapi, { oldContentTypes, contentTypes }: SyncEvent): Promise<void> => {
  if (!oldContentTypes) return; // a new database: the i18n plugin creates French itself (config/plugins.ts)
  const becomingLocalized = Object.keys(contentTypes).some((uid) => oldContentTypes[uid] && !isTranslated(oldContentTypes[uid]) && isTranslated(contentTypes[uid]));
  if (!becomingLocalized) return;
  const french = siteLocales.find((locale) => locale.code === defaultLocale);
  if (!french) throw new Error(`src/i18n/locales.json : la langue par défaut « ${defaultLocale} » n’est pas dans la liste des langues.`);
  const locales = strapi.db.query(LOCALE);
  if (!(await locales.findOne({ where: { code: french.code } }))) await locales.create({ data: french });
  await strapi.store.set({ type: 'plugin', name: 'i18n', key: 'default_locale', value: french.code });
  strapi.log.info(`Langues : les entrées existantes des types désormais traduisibles deviennent la version « ${french.name} ».`);
};

export const keepExistingEntriesFrench = (strapi: Core.Strapi): void => {
  strapi.hook('strapi::content-types.beforeSync').register((event: SyncEvent) => frenchBeforeLabelling(strapi, event));
};

/** Creates the missing languages under their French names and keeps French the default, at every boot. */
export const ensureSiteLocales = async (strapi: Core.Strapi): Promise<void> => {
  const locales = strapi.plugin('i18n').service('locales') as unknown as LocalesService;
  for (const { code, name } of siteLocales) {
    const existing = await locales.findByCode(code);
    if (!existing) await locales.create({ code, name });
    else if (existing.name !== name) await locales.update({ id: existing.id }, { name });
  }
  if ((await locales.getDefaultLocale()) !== defaultLocale) await locales.setDefaultLocale({ code: defaultLocale });
};
