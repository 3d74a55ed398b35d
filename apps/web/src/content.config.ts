import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { contentTypeNames, contentTypes, isSingleType, type ContentTypeName } from '@bluehats/content-types';
import { strapiCollection, strapiSingle } from './engine/content/strapi-loader';
import { MDX_PAGES_DIR, mdxPageSchema } from './lib/mdx-pages';

type Definitions = typeof contentTypes;

// Spelled out so that Astro's generated types see each collection's own schema.
type StrapiCollections = {
  [K in ContentTypeName as Definitions[K]['collection']]: { loader: Loader; schema: Definitions[K]['schema'] };
};

// One collection per type of the generated registry, with the schema generated from Strapi's:
// a new content type needs no line here.
const strapiCollections = Object.fromEntries(
  contentTypeNames.map((name) => [
    contentTypes[name].collection,
    defineCollection({ loader: isSingleType(name) ? strapiSingle(name) : strapiCollection(name), schema: contentTypes[name].schema }),
  ]),
) as StrapiCollections;

export const collections = {
  ...strapiCollections,
  // The pages kept in the repository: listed and routed with the CMS's pages (lib/pages.ts).
  mdxPages: defineCollection({ loader: glob({ pattern: '*.mdx', base: MDX_PAGES_DIR }), schema: mdxPageSchema }),
};
