import { contentTypes, contentTypeNames, defaultLocale, detailTypes, sectionIn, type CollectionTypeName } from '@bluehats/content-types';
import type { ImportPlan } from './plan';

// What the importer makes of an old page; each kind is the singular name of a content type.
const KINDS = ['article', 'page', 'project-call', 'event'] as const satisfies readonly ImportPlan['kind'][];

/** The REST collections the importer writes to. */
export type Collection = { [K in CollectionTypeName]: (typeof contentTypes)[K]['singularName'] extends ImportPlan['kind'] ? K : never }[CollectionTypeName];

const isCollection = (name: string): name is Collection => contentTypeNames.some((type) => type === name && (KINDS as readonly string[]).includes(contentTypes[type].singularName));

export const collectionOf = (kind: ImportPlan['kind']): Collection => {
  const found = contentTypeNames.find((name) => contentTypes[name].singularName === kind);
  if (found === undefined || !isCollection(found)) throw new Error(`aucun type de contenu pour « ${kind} »`);
  return found;
};

export const importedCollections: readonly Collection[] = KINDS.map(collectionOf);

const folderOf = (name: Collection): string => {
  const section = detailTypes.some((type) => type.name === name) ? sectionIn(name, defaultLocale) : null;
  if (section === null) throw new Error(`${name} n'a pas de page par entrée sur le site (route.json de son type)`);
  return section.path;
};

/** The new site's folder of each imported collection's pages, from the registry: `/<section>/<slug>/`. */
export const detailRoutes = (): Record<Collection, string> =>
  Object.fromEntries(importedCollections.map((name) => [name, folderOf(name)])) as Record<Collection, string>;

export const newRouteOf = (routes: Record<Collection, string>, plan: Pick<ImportPlan, 'kind' | 'slug'>): string => `${routes[collectionOf(plan.kind)]}${plan.slug}/`;

/** An English entry's page on the new site, `/en/<English section>/<slug>/`; null when its type has no English section. */
export const englishRouteOf = (collection: Collection, slug: string): string | null => {
  const section = sectionIn(collection, 'en');
  return section === null ? null : `${section.path}${slug}/`;
};

/** Fields the same in every language (a date, a media): a translation does not write them (the registry's `sharedFields`). */
export const sharedFieldsOf = (collection: Collection): readonly string[] => contentTypes[collection].sharedFields;
