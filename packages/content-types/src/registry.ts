import type { z } from 'zod';
import type { ContentTypeRoute } from './populate';
import { contentTypes, defaultLocale, type Locale } from './generated';

export type ContentTypeName = keyof typeof contentTypes;

type KindOf<K extends ContentTypeName> = (typeof contentTypes)[K]['kind'];

export type CollectionTypeName = {
  [K in ContentTypeName]: KindOf<K> extends 'collectionType' ? K : never;
}[ContentTypeName];

export type SingleTypeName = {
  [K in ContentTypeName]: KindOf<K> extends 'singleType' ? K : never;
}[ContentTypeName];

/** The validated entry type of a content type: `EntryOf<'articles'>` is `Article`. */
export type EntryOf<K extends ContentTypeName> = z.infer<(typeof contentTypes)[K]['schema']>;

export const contentTypeNames = Object.keys(contentTypes).sort() as ContentTypeName[];

export const isContentTypeName = (name: string): name is ContentTypeName => Object.hasOwn(contentTypes, name);

export const isCollectionType = (name: ContentTypeName): name is CollectionTypeName =>
  contentTypes[name].kind === 'collectionType';

export const isSingleType = (name: ContentTypeName): name is SingleTypeName => contentTypes[name].kind === 'singleType';

type Definitions = typeof contentTypes;

/** The site's collection of each type, as content.config.ts names it: `CollectionOf<'project-calls'>` is `projectCalls`. */
export type CollectionOf<K extends ContentTypeName> = Definitions[K]['collection'];

export type CollectionName = CollectionOf<ContentTypeName>;

export const isCollectionTypeName = (name: string): name is CollectionTypeName => isContentTypeName(name) && isCollectionType(name);

/** Types the site shows in a section of their own, with the folder of that section. */
export const routedTypes = contentTypeNames.flatMap((name) => {
  const route: ContentTypeRoute | null = contentTypes[name].route;
  return route === null ? [] : [{ name, ...route }];
});

/** Collection types with one page per entry, at `/<section>/<id>/`. */
export const detailTypes = routedTypes.flatMap(({ name, ...route }) =>
  route.detailPages && isCollectionTypeName(name) ? [{ name, ...route }] : [],
);

/** Detail pages an editor can see as drafts before publishing them (the preview's sections). */
export const previewTypes = detailTypes.filter((type) => contentTypes[type.name].draftAndPublish);

/** The content type of a section of the site (`appels-a-projets` → `project-calls`). */
export const typeOfSection = (section: string): ContentTypeName | undefined => routedTypes.find((type) => type.section === section)?.name;

/** The folder of a language's pages on the site: its root for the default language, `/en` for English. */
export const localePrefix = (locale: Locale): string => (locale === defaultLocale ? '' : `/${locale}`);

/** Where a type's pages are in a language: the section's address (`/en/calls-for-projects/`), its folder and its name for readers. */
export type Section = { path: string; folder: string; label: string };

/**
 * A routed type's section in a language, from its `route.json`: the default language is the route
 * itself, another language the route's own entry for it (`"en": { "section", "label" }`). Null when
 * the type has no pages in that language: it has no route, is not translated, or its route names no
 * section for it. The one place the site's addresses per language are made (site and importer).
 */
export const sectionIn = (name: ContentTypeName, locale: Locale): Section | null => {
  const route: ContentTypeRoute | null = contentTypes[name].route;
  if (!route) return null;
  if (locale === defaultLocale) return { path: `/${route.section}/`, folder: route.section, label: route.label };
  // The registry types `en` only; a route read by its language's name serves any further one.
  const translations = route as unknown as Readonly<Record<string, { section: string; label: string } | null | undefined>>;
  const translated = contentTypes[name].localized ? translations[locale] : null;
  return translated ? { path: `${localePrefix(locale)}/${translated.section}/`, folder: translated.section, label: translated.label } : null;
};
