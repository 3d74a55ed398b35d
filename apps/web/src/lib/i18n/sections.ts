import { detailTypes, routedTypes, sectionIn, type ContentTypeName, type Section } from '@bluehats/content-types';
import type { Locale } from './locales';

export type { Section };

/** A routed type's section in a locale (the registry's `sectionIn`: French is the route, English its `en`). */
export const sectionOf = (name: ContentTypeName, locale: Locale): Section | null => sectionIn(name, locale);

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
