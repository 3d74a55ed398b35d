/** Where a type's pages are in a language: the section's address (`/en/calls-for-projects/`), its folder and its name for readers. */
export type Section = { path: string; folder: string; label: string };

type Route = { readonly section: string; readonly label: string };

/**
 * The rule of the site's addresses per language, free of the generated registry so that the
 * generator can apply it too (the CMS's page addresses, scripts/lib/preview-sections.ts) before
 * src/generated.ts exists: the registry's `localePrefix` and `sectionIn` are this rule.
 */
export const prefixIn = (locale: string, defaultLocale: string): string => (locale === defaultLocale ? '' : `/${locale}`);

/**
 * A route's section in a language: the default language is the route itself, another language the
 * route's own entry for it (`"en": { "section", "label" }`). Null when the type has no route, is not
 * translated, or its route names no section for that language.
 */
export const routeSectionIn = (route: Route | null, localized: boolean, locale: string, defaultLocale: string): Section | null => {
  if (!route) return null;
  if (locale === defaultLocale) return { path: `/${route.section}/`, folder: route.section, label: route.label };
  // A route read by its language's name serves any further language.
  const translations = route as unknown as Readonly<Record<string, Route | null | undefined>>;
  const translated = localized ? translations[locale] : null;
  return translated ? { path: `${prefixIn(locale, defaultLocale)}/${translated.section}/`, folder: translated.section, label: translated.label } : null;
};
