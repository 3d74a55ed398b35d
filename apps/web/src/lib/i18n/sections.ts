import { contentTypes, detailTypes, routedTypes, type ContentTypeName } from '@bluehats/content-types';
import { DEFAULT_LOCALE, isLocalized, localePrefix, type Locale } from './locales';

/** Where a type's pages are in a language: the section's address (`/en/calls-for-projects/`) and its name for readers. */
export type Section = { path: string; folder: string; label: string };

/**
 * A routed type's section in a locale, from its `route.json`: French is the registry's route,
 * another language the route's own entry for it (`"en": { "section", "label" }`). Null when the
 * type has no pages in that language: it is not translated, or its route declares no section.
 */
export const sectionOf = (name: ContentTypeName, locale: Locale): Section | null => {
  const route = contentTypes[name].route;
  if (!route) return null;
  if (locale === DEFAULT_LOCALE) return { path: `/${route.section}/`, folder: route.section, label: route.label };
  // The registry types `en` only; a route read by its locale's name serves any further language.
  const translations = route as unknown as Readonly<Record<string, { section: string; label: string } | null | undefined>>;
  const translated = isLocalized(name) ? translations[locale] : null;
  return translated ? { path: `${localePrefix(locale)}/${translated.section}/`, folder: translated.section, label: translated.label } : null;
};

/** The address of an entry's page in a locale (`/en/articles/<slug>/`), or null when its type has none there. */
export const entryPath = (name: ContentTypeName, locale: Locale, id: string): string | null => {
  const section = sectionOf(name, locale);
  return section ? `${section.path}${id}/` : null;
};

/**
 * The sections of a locale whose entries have pages, in the registry's order: English builds a list
 * page for each (pages/en/[section]/); French has its own list pages, written one by one.
 */
export const sectionsIn = (locale: Locale) =>
  routedTypes.flatMap((type) => {
    const section = type.detailPages ? sectionOf(type.name, locale) : null;
    return section ? [{ name: type.name, ...section }] : [];
  });

/** The types whose entries have a page in a locale. */
export const detailTypesIn = (locale: Locale) => detailTypes.filter((type) => sectionOf(type.name, locale) !== null);
