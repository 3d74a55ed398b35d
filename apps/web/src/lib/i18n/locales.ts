import { contentTypes, defaultLocale, localePrefix, locales, type ContentTypeName } from '@bluehats/content-types';

// The registry says once which languages the site speaks and which types translate their entries
// (`localized`): everything here derives from it, so a type made bilingual needs no line in the site.

export type Locale = (typeof locales)[number];

export const LOCALES: readonly Locale[] = locales;

export const DEFAULT_LOCALE: Locale = defaultLocale;

export const isLocalized = (name: ContentTypeName): boolean => contentTypes[name].localized;

/** The locales whose entries of a type the site reads: every locale for a localized type, French alone otherwise. */
export const localesOf = (name: ContentTypeName): readonly Locale[] => (isLocalized(name) ? LOCALES : [DEFAULT_LOCALE]);

/** The locale in which a page of `locale` reads a type: its own when the type translates, French otherwise. */
export const localeOf = (name: ContentTypeName, locale: Locale): Locale => (isLocalized(name) ? locale : DEFAULT_LOCALE);

const capitalized = (locale: Locale): string => locale.charAt(0).toUpperCase() + locale.slice(1);

/**
 * The site's collection of a type in a locale: French keeps the registry's name (`articles`), so its
 * pages, store and caches are those of the French-only site; English is `articlesEn`.
 */
export const collectionOf = (name: ContentTypeName, locale: Locale): string =>
  localeOf(name, locale) === DEFAULT_LOCALE ? contentTypes[name].collection : `${contentTypes[name].collection}${capitalized(locale)}`;

/** A name (question, loader, record) for a locale: French keeps the one it had before the site spoke English. */
export const questionKey = (key: string, locale: string): string => (locale === DEFAULT_LOCALE ? key : `${key}@${locale}`);

/** The folder of a locale's pages: the site's root for French, `/en` for English (the registry's, also the importer's). */
export { localePrefix };

/** A locale's home page: `/` or `/en/`. */
export const homeOf = (locale: Locale): string => `${localePrefix(locale)}/`;

/** The locale of a public page, read from its address: `/en/…` is English, everything else French. */
export const localeOfPath = (pathname: string): Locale =>
  LOCALES.find((locale) => locale !== DEFAULT_LOCALE && (pathname === `/${locale}` || pathname.startsWith(`/${locale}/`))) ?? DEFAULT_LOCALE;

/** The languages other than this one, for the selector and the alternates. */
export const otherLocales = (locale: Locale): readonly Locale[] => LOCALES.filter((other) => other !== locale);
