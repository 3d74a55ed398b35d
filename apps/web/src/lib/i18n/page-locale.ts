import { DEFAULT_LOCALE, type Locale } from './locales';
import { ui, type UiStrings } from './ui';

type Rendered = { locals: App.Locals };

/** The language of the page a component is part of (lib/i18n/locals.d.ts). */
export const pageLocale = (astro: Rendered): Locale => astro.locals.locale ?? DEFAULT_LOCALE;

/** The interface's strings in the language of the page a component is part of. */
export const pageUi = (astro: Rendered): UiStrings => ui(pageLocale(astro));
