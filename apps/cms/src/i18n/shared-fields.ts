import type { Core, UID } from '@strapi/strapi';
import { defaultLocale } from './locales';

type Data = Record<string, unknown>;
type Attribute = { pluginOptions?: { i18n?: { localized?: boolean } } };

/**
 * The fields a language version not written yet will hold from the others: when Strapi creates a
 * document's version in a new language, it copies the shared fields (`localized: false`: a date, a
 * place, a media, a provider) from the default language's version (copyNonLocalizedFields), since a
 * translation sends only its translated fields. A document middleware that reads the entry as it
 * will be (validation, picker labels) reads them from `defaultVersion`, a row of that version. Empty
 * for a write in the default language itself, or when `defaultVersion` is missing.
 */
export const sharedFieldsForNewVersion = (strapi: Core.Strapi, uid: string, locale: string | undefined, defaultVersion: Data | null): Data => {
  if (!locale || locale === defaultLocale || !defaultVersion) return {};
  const attributes = (strapi.contentType(uid as UID.ContentType)?.attributes ?? {}) as Record<string, Attribute>;
  return Object.fromEntries(Object.entries(defaultVersion).filter(([name]) => attributes[name]?.pluginOptions?.i18n?.localized === false));
};
