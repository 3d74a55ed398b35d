import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { contentTypeNames, contentTypes, isSingleType, type ContentTypeName } from '@bluehats/content-types';
import { strapiCollection, strapiSingle } from './engine/content/strapi-loader';
import { collectionOf, localesOf } from './lib/i18n/locales';
import { MDX_PAGES_DIR, mdxPageSchema } from './lib/mdx-pages';

type Definitions = typeof contentTypes;

type LocalizedName = { [K in ContentTypeName]: Definitions[K]['localized'] extends true ? K : never }[ContentTypeName];

// Spelled out so that Astro's generated types see each collection's own schema; English is the
// same schema under the name lib/i18n/locales.ts gives it (`articlesEn`).
type StrapiCollections = {
  [K in ContentTypeName as Definitions[K]['collection']]: { loader: Loader; schema: Definitions[K]['schema'] };
} & {
  [K in LocalizedName as `${Definitions[K]['collection']}En`]: { loader: Loader; schema: Definitions[K]['schema'] };
};

// One collection per type of the generated registry and per locale it translates into, with the
// schema generated from Strapi's: a new content type, or a type made bilingual, needs no line here.
const strapiCollections = Object.fromEntries(
  contentTypeNames.flatMap((name) =>
    localesOf(name).map((locale) => [
      collectionOf(name, locale),
      defineCollection({ loader: isSingleType(name) ? strapiSingle(name, locale) : strapiCollection(name, locale), schema: contentTypes[name].schema }),
    ]),
  ),
) as StrapiCollections;

export const collections = {
  ...strapiCollections,
  // The pages kept in the repository: listed and routed with the CMS's pages (lib/pages.ts).
  mdxPages: defineCollection({ loader: glob({ pattern: '*.mdx', base: MDX_PAGES_DIR }), schema: mdxPageSchema }),
};
