import { localeCodes } from './locales';

/**
 * « Traduction anglaise demandée »: an editor ticks it on the French entry to ask for its English
 * version; the entry is listed in « À compléter » (content-health/findings.ts) until that version is
 * published. Shared by both languages, so ticking it in either one is seen in the other. Each
 * translated collection type's schema.json repeats the attribute (Strapi reads schemas as static
 * JSON); test/translation-request.test.ts keeps them equal to this file.
 */
export const translationRequestField = 'englishRequested';

/** The language the box asks for. */
export const requestedLocale = 'en';
if (!localeCodes.includes(requestedLocale)) throw new Error(`src/i18n/locales.json : la langue « ${requestedLocale} » demandée par « Traduction anglaise demandée » n’y est pas.`);

/** Private: the site's REST reads never carry it. */
export const translationRequestAttribute = {
  type: 'boolean',
  default: false,
  private: true,
  pluginOptions: { i18n: { localized: false } },
} as const;
