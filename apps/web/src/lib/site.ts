import { getEntry } from 'astro:content';
import type { Navigation, SiteSetting } from '@bluehats/content-types';
import { DEFAULT_LOCALE, collectionOf, type Locale } from './i18n/locales';

/** A single type's entry and the language it is written in (French when it has no translation yet). */
export type Localized<T> = { data: T; locale: Locale };

/** Site settings and navigation are required: a build without them would show an anonymous site. */
export const localizedSettings = async (locale: Locale = DEFAULT_LOCALE): Promise<Localized<SiteSetting>> => {
  const entry = await getEntry(collectionOf('site-setting', locale) as 'siteSettings', 'site-setting');
  // An English page without English settings says the French ones (marked lang="fr") rather than nothing.
  if (!entry && locale !== DEFAULT_LOCALE) return localizedSettings(DEFAULT_LOCALE);
  if (!entry) throw new Error('Réglages du site absents dans Strapi : remplissez « Réglages du site » dans l’administration.');
  return { data: entry.data, locale };
};

export const siteSettings = async (locale: Locale = DEFAULT_LOCALE): Promise<SiteSetting> => (await localizedSettings(locale)).data;

type Menus = Pick<Navigation, 'mainMenu' | 'footerLinks' | 'legalLinks'>;

/** The navigation's menus, each with the language it is written in. */
export type LocalizedMenus = { data: Menus; locales: Record<keyof Menus, Locale> };

const readMenus = async (locale: Locale): Promise<Menus | undefined> => (await getEntry(collectionOf('navigation', locale) as 'navigations', 'navigation'))?.data;

/**
 * A language's menus, each taken from the French navigation when that language's leaves it empty:
 * an English page shows the French legal links (said to be French) rather than none, until an
 * editor translates them.
 */
export const localizedNavigation = async (locale: Locale = DEFAULT_LOCALE): Promise<LocalizedMenus> => {
  const own = await readMenus(locale);
  const french = locale === DEFAULT_LOCALE ? own : await readMenus(DEFAULT_LOCALE);
  const menu = <K extends keyof Menus>(name: K): [Menus[K], Locale] =>
    own?.[name]?.length ? [own[name], locale] : [french?.[name] ?? [], DEFAULT_LOCALE];
  const [mainMenu, mainLocale] = menu('mainMenu');
  const [footerLinks, footerLocale] = menu('footerLinks');
  const [legalLinks, legalLocale] = menu('legalLinks');
  return { data: { mainMenu, footerLinks, legalLinks }, locales: { mainMenu: mainLocale, footerLinks: footerLocale, legalLinks: legalLocale } };
};

/** The `lang` of the parts of the frame written in another language than the page's, when they are not translated. */
export type FrameLangs = { settings?: string | undefined; navigation?: string | undefined; legal?: string | undefined };

export const navigation = async (locale: Locale = DEFAULT_LOCALE): Promise<Menus> => (await localizedNavigation(locale)).data;

/** The `lang` a passage needs on a page of `page`'s language: none when they are the same. */
export const langIfOther = (written: Locale, page: Locale): Locale | undefined => (written === page ? undefined : written);
