import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentTypes } from '@bluehats/content-types';
import { strapiCollection, strapiSingle } from './lib/strapi-loader';
import { MDX_PAGES_DIR, mdxPageSchema } from './lib/mdx-pages';

// The schemas come from the package generated from Strapi's schemas: one declaration of each shape.
export const collections = {
  articles: defineCollection({ loader: strapiCollection('articles'), schema: contentTypes.articles.schema }),
  projectCalls: defineCollection({ loader: strapiCollection('project-calls'), schema: contentTypes['project-calls'].schema }),
  events: defineCollection({ loader: strapiCollection('events'), schema: contentTypes.events.schema }),
  pages: defineCollection({ loader: strapiCollection('pages'), schema: contentTypes.pages.schema }),
  // The pages kept in the repository: listed and routed with the CMS's pages (lib/pages.ts).
  mdxPages: defineCollection({ loader: glob({ pattern: '*.mdx', base: MDX_PAGES_DIR }), schema: mdxPageSchema }),
  quotes: defineCollection({ loader: strapiCollection('quotes'), schema: contentTypes.quotes.schema }),
  videos: defineCollection({ loader: strapiCollection('videos'), schema: contentTypes.videos.schema }),
  tags: defineCollection({ loader: strapiCollection('tags'), schema: contentTypes.tags.schema }),
  siteSettings: defineCollection({ loader: strapiSingle('site-setting'), schema: contentTypes['site-setting'].schema }),
  navigation: defineCollection({ loader: strapiSingle('navigation'), schema: contentTypes.navigation.schema }),
};
