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

export const localizedNavigation = async (locale: Locale = DEFAULT_LOCALE): Promise<Localized<Menus>> => {
  const entry = await getEntry(collectionOf('navigation', locale) as 'navigations', 'navigation');
  if (!entry && locale !== DEFAULT_LOCALE) return localizedNavigation(DEFAULT_LOCALE);
  return { data: entry?.data ?? { mainMenu: [], footerLinks: [], legalLinks: [] }, locale };
};

export const navigation = async (locale: Locale = DEFAULT_LOCALE): Promise<Menus> => (await localizedNavigation(locale)).data;

/** The `lang` a passage needs on a page of `page`'s language: none when they are the same. */
export const langIfOther = (written: Locale, page: Locale): Locale | undefined => (written === page ? undefined : written);
