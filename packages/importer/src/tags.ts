import { slugify } from './text';

export type PlannedTag = { slug: string; name: string };

// The CMS's limit for a tag's name (schema of api::tag).
const MAX_NAME = 60;

/**
 * Tags as the old site wrote them (« Logiciel libre », « sécurité », « BlueHats ») become an
 * address the CMS accepts (accents, spaces and case folded) and keep their wording as the label;
 * two spellings of one tag become one.
 */
export const plannedTags = (labels: string[]): PlannedTag[] => {
  const bySlug = new Map<string, PlannedTag>();
  for (const label of labels) {
    const slug = slugify(label);
    if (!slug || bySlug.has(slug)) continue;
    const name = label.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME);
    bySlug.set(slug, { slug, name: name.charAt(0).toUpperCase() + name.slice(1) });
  }
  return [...bySlug.values()];
};
