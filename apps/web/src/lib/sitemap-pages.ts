import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { contentTypes, detailTypes } from '@bluehats/content-types';
import type { ContentStore } from './astro-internals';

/** The folder of each collection's detail pages (`/articles/<id>/`), and the field that dates the entry's last change. */
const detailFolders: ReadonlyArray<{ collection: string; folder: string; changed: string }> = [
  ...detailTypes.map((type) => ({ collection: contentTypes[type.name].collection, folder: type.section, changed: 'updatedAt' })),
  // The repository's pages: the date of their last review, in their front matter.
  { collection: 'mdxPages', folder: 'pages', changed: 'updated' },
];

/** The files @astrojs/sitemap writes: written again by each build, never taken from the previous one. */
export const SITEMAP_FILE = /^sitemap-(index|\d+)\.xml$/;

// Results of a search are not content a search engine should list.
const UNLISTED = new Set(['/recherche/']);
const NOINDEX = /<meta name="robots" content="noindex/;

/**
 * The pages a sitemap lists, read from the output rather than from what this build rendered: the
 * fast rebuild renders a few pages and takes the others from the previous output. A page that asks not to be indexed (an old address's redirect) is left out.
 */
export const listedPages = (outDir: string): string[] => pagesUnder(outDir, '').sort();

const pagesUnder = (outDir: string, dir: string): string[] =>
  readdirSync(path.join(outDir, dir)).flatMap((name) => {
    const rel = `${dir}/${name}`;
    if (name === '_astro' || name === 'pagefind' || name.startsWith('.')) return [];
    if (statSync(path.join(outDir, rel)).isDirectory()) return pagesUnder(outDir, rel);
    if (name !== 'index.html') return [];
    const route = `${dir}/`;
    return UNLISTED.has(route) || NOINDEX.test(readFileSync(path.join(outDir, rel), 'utf8')) ? [] : [route];
  });

/** When each entry's page last changed, by the path of its page. */
export const lastChanges = (store: ContentStore): Map<string, string> => {
  const changes = new Map<string, string>();
  for (const { collection, folder, changed } of detailFolders) {
    for (const [id, entry] of store.get(collection) ?? []) {
      const date = (entry as { data?: Record<string, unknown> }).data?.[changed];
      if (typeof date === 'string') changes.set(`/${folder}/${id}/`, date);
    }
  }
  return changes;
};
