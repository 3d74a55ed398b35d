import type { CollectionEntry } from 'astro:content';
import { collection, pageEntries } from './collections';
import { perContentGeneration } from '../engine/content/content-generation';

/** One page of /pages/: written in the CMS, or kept in the repository as MDX. */
export type SitePage =
  | { id: string; title: string; updated?: string; source: 'cms'; entry: CollectionEntry<'pages'> }
  | { id: string; title: string; updated?: string; source: 'mdx'; entry: CollectionEntry<'mdxPages'> };

const mdxFile = (entry: CollectionEntry<'mdxPages'>): string => entry.filePath ?? `${entry.id}.mdx`;

/**
 * Every page of /pages/, by slug: the route, the site map and search read this one list. A slug
 * both in the CMS and in the repository fails the build: one of the two would silently win.
 */
const memo = perContentGeneration(async (_all: 'all'): Promise<readonly SitePage[]> => {
  // Archived pages keep their page (lib/lifecycle.ts).
  const cms = await pageEntries('pages');
  const mdx = await collection('mdxPages');
  const bySlug = new Map(cms.map((entry) => [entry.id, entry]));
  for (const entry of mdx) {
    const twin = bySlug.get(entry.id);
    if (twin) throw new Error(`La page « ${entry.id} » existe deux fois : dans le CMS (« ${twin.data.title} », ${twin.data.documentId}) et dans le dépôt (${mdxFile(entry)}). Retirez l’une des deux.`);
  }
  const pages: SitePage[] = [
    ...cms.map((entry) => ({ id: entry.id, title: entry.data.title, updated: entry.data.updatedAt, source: 'cms' as const, entry })),
    ...mdx.map((entry) => ({ id: entry.id, title: entry.data.title, updated: entry.data.updated, source: 'mdx' as const, entry })),
  ];
  return pages.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
});

export const sitePages = (): Promise<readonly SitePage[]> => memo('all');
