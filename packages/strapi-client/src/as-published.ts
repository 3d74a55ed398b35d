/**
 * A draft as it will be once published: Strapi answers a draft with the drafts of the entries it
 * embeds (a quote, a video), none of which has a publishedAt yet. The preview shows the document
 * and what it embeds as published now, so the same schemas as the public build's accept it.
 */
export const asPublished = (value: unknown, now: string): unknown => {
  if (Array.isArray(value)) return value.map((item) => asPublished(item, now));
  if (!value || typeof value !== 'object') return value;
  const entries = Object.entries(value).map(([key, item]) => [key, asPublished(item, now)] as const);
  const copy: Record<string, unknown> = Object.fromEntries(entries);
  if ('documentId' in copy && 'publishedAt' in copy && copy.publishedAt === null) copy.publishedAt = now;
  return copy;
};
