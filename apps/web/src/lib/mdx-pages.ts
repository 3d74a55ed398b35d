// Astro 7 deprecates the `z` of astro:content (gone in Astro 8): the same zod, from astro/zod.
import { z } from 'astro/zod';

/**
 * Where the pages kept in the repository are read. A test points it at fixtures of its own, so
 * that a page written to check the components is never published.
 */
export const MDX_PAGES_DIR = process.env.MDX_PAGES_DIR || './src/content/pages';

// The same metadata an editor gives a CMS page; the body is the MDX itself.
export const mdxPageSchema = z.object({
  title: z.string().max(160),
  description: z.string().max(300),
  /** Last review of the text, for the site map: YAML reads `2026-12-01` as a date. */
  updated: z.date().transform((date) => date.toISOString().slice(0, 10)).optional(),
  seo: z.object({ metaTitle: z.string().max(70).optional(), metaDescription: z.string().max(200).optional() }).optional(),
});
