import type { z } from 'zod';
import type { ContentTypeRoute } from './populate';
import { contentTypes, defaultLocale, type Locale } from './generated';
import { prefixIn, routeSectionIn, type Section } from './sections';

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
export const localePrefix = (locale: Locale): string => prefixIn(locale, defaultLocale);

export type { Section };

/**
 * A routed type's section in a language, from its `route.json` (the rule: sections.ts). The one
 * place the site's addresses per language are made (site, importer, and the CMS through the
 * generated page addresses).
 */
export const sectionIn = (name: ContentTypeName, locale: Locale): Section | null =>
  routeSectionIn(contentTypes[name].route, contentTypes[name].localized, locale, defaultLocale);
