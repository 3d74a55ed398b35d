import type { Locale } from '../locales';
import { en } from './en';
import { fr, type UiStrings } from './fr';

const dictionaries: Readonly<Record<Locale, UiStrings>> = { fr, en };

/** The interface's strings in a language: one dictionary per language, the same keys in each. */
export const ui = (locale: Locale): UiStrings => dictionaries[locale];

/** The strings of a page's `lang`, French when it is none of the site's: for the browser's scripts, which read no registry. */
export const uiFor = (lang: string): UiStrings => (Object.hasOwn(dictionaries, lang) ? dictionaries[lang as Locale] : fr);

export type { UiStrings };
