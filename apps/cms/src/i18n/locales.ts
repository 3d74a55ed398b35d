import settings from './locales.json';

/**
 * The site's languages, French first: the one place that lists them. The registry
 * (@bluehats/content-types) reads the same file, and the admin shows each `name` to editors.
 */
export type SiteLocale = { code: string; name: string; versionName: string };

export const siteLocales: readonly SiteLocale[] = settings.locales;
export const defaultLocale: string = settings.defaultLocale;
export const localeCodes: readonly string[] = siteLocales.map((locale) => locale.code);

const localeOf = (code: string | null | undefined): SiteLocale | undefined => siteLocales.find((locale) => locale.code === code);

/** The language alone, as a sentence says it (« anglais »): what the admin shows, never the code. */
export const languageName = (code: string | null | undefined): string => localeOf(code)?.name.toLocaleLowerCase('fr') ?? '';

/** A language version, as a sentence says it (« version anglaise »). */
export const versionName = (code: string | null | undefined): string => localeOf(code)?.versionName ?? '';

/** What Strapi's i18n reads of a content type's schema (and of one attribute's). */
export type TranslatableSchema = { pluginOptions?: { i18n?: { localized?: boolean } } };

/** Whether a content type is written in each language (Strapi's `pluginOptions.i18n.localized`). */
export const isTranslated = (schema: TranslatableSchema | undefined): boolean => schema?.pluginOptions?.i18n?.localized === true;
