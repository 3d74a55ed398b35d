import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ImportPlan } from './plan';

/** The REST collection each kind of plan is written to. */
const COLLECTIONS = { article: 'articles', 'project-call': 'project-calls', event: 'events' } as const satisfies Record<ImportPlan['kind'], string>;

export type Collection = (typeof COLLECTIONS)[keyof typeof COLLECTIONS];

export const collectionOf = (kind: ImportPlan['kind']): Collection => COLLECTIONS[kind];

export const importedCollections = Object.values(COLLECTIONS);

const defaultPagesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../apps/web/src/pages');

// Astro's collection key of each REST collection, as the detail pages name it in collection('…').
const astroName = (collection: string): string => collection.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

/**
 * The new site's detail route of each collection, read from apps/web's pages rather than restated:
 * `<folder>/[slug].astro` whose getStaticPaths reads that collection gives `/<folder>/<slug>/`.
 */
export const detailRoutes = (pagesDir = defaultPagesDir): Record<Collection, string> => {
  const routes: Partial<Record<Collection, string>> = {};
  for (const folder of existsSync(pagesDir) ? readdirSync(pagesDir) : []) {
    const page = path.join(pagesDir, folder, '[slug].astro');
    if (!existsSync(page)) continue;
    const code = readFileSync(page, 'utf8');
    for (const collection of importedCollections) {
      const reads = new RegExp(`collection\\('(?:${collection}|${astroName(collection)})'|${astroName(collection)}ByDate\\(`).test(code);
      if (reads && !routes[collection]) routes[collection] = `/${folder}/`;
    }
  }
  const missing = importedCollections.filter((c) => !routes[c]);
  if (missing.length) throw new Error(`route du nouveau site introuvable dans ${pagesDir} pour : ${missing.join(', ')}`);
  return routes as Record<Collection, string>;
};

export const newRouteOf = (routes: Record<Collection, string>, plan: Pick<ImportPlan, 'kind' | 'slug'>): string => `${routes[collectionOf(plan.kind)]}${plan.slug}/`;
