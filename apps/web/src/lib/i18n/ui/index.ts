import type { Locale } from '../locales';
import { en } from './en';
import { fr, type UiStrings } from './fr';

const dictionaries: Readonly<Record<Locale, UiStrings>> = { fr, en };

/** The interface's strings in a language: one dictionary per language, the same keys in each. */
export const ui = (locale: Locale): UiStrings => dictionaries[locale];

export type { UiStrings };
