/**
 * The first half of every collection of a snapshot, in each language (single types as they are): the bench's second
 * scale, to see how memory grows with the corpus within one run. Entries embedded in others stay
 * as the CMS gave them; the pages that name a removed entry link to a page that is not built.
 */
export const halfSnapshot = (snapshot: Record<string, unknown>): { snapshot: Record<string, unknown>; articles: number } => {
  const half: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(snapshot)) {
    half[name] = Array.isArray(value) ? value.slice(0, Math.ceil(value.length / 2)) : value;
  }
  return { snapshot: half, articles: Array.isArray(half.articles) ? half.articles.length : 0 };
};
