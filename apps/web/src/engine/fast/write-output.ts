import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentStore } from '../astro/astro-internals';
import { writeSiteMap } from '../../integrations/sitemap';
import { linkFiles } from './link-files';

/** Writes the rendered pages into outDir, links the kept files from base, and writes the sitemap of the whole. */
export const writeOutput = async (
  { base, outDir, site, store, log }: { base: string; outDir: string; site: string; store: ContentStore; log: (message: string) => void },
  pages: ReadonlyMap<string, string>,
  kept: readonly string[],
): Promise<void> => {
  for (const [file, html] of pages) {
    mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
    writeFileSync(path.join(outDir, file), html);
  }
  // The previous index too: the search still finds every page while the new index is written.
  linkFiles(base, outDir, kept);
  await writeSiteMap(outDir, site, store, { info: log, warn: log, error: log }, [...pages.keys(), ...kept]);
};
