import type { Locale } from './locales';

/**
 * The site's own pages that each language has under its own address, beside the homes and the
 * sections: the language selector and hreflang pair them (lib/i18n/alternates.ts).
 */
export const SITE_PAGES: Readonly<Record<'search' | 'siteMap', Readonly<Record<Locale, string>>>> = {
  search: { fr: '/recherche/', en: '/en/search/' },
  siteMap: { fr: '/plan-du-site/', en: '/en/site-map/' },
};
