import type { ContentSnapshot } from '@bluehats/strapi-client';

/**
 * The first half of every collection of a snapshot (single types as they are): the bench's second
 * scale, to see how memory grows with the corpus within one run. Entries embedded in others stay
 * as the CMS gave them; the pages that name a removed entry link to a page that is not built.
 */
export const halfSnapshot = (snapshot: ContentSnapshot): { snapshot: ContentSnapshot; articles: number } => {
  const half: ContentSnapshot = {};
  for (const [name, value] of Object.entries(snapshot) as Array<[keyof ContentSnapshot, unknown]>) {
    half[name] = Array.isArray(value) ? value.slice(0, Math.ceil(value.length / 2)) : value;
  }
  return { snapshot: half, articles: Array.isArray(half.articles) ? half.articles.length : 0 };
};
