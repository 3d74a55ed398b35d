import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentStore } from '../astro/astro-internals';
import { writeSiteMap } from '../../integrations/sitemap';
import { linkFiles } from './link-files';
import { writeOldAddresses } from './old-addresses';

/**
 * Writes the rendered files into outDir, links the kept files from base, then, as the static build
 * does once its pages are written, the old addresses' files and the sitemap of the whole. Returns
 * the old addresses' pages it wrote.
 */
export const writeOutput = async (
  { base, outDir, site, store, log }: { base: string; outDir: string; site: string; store: ContentStore; log: (message: string) => void },
  pages: ReadonlyMap<string, Buffer>,
  kept: readonly string[],
): Promise<string[]> => {
  for (const [file, body] of pages) {
    mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
    writeFileSync(path.join(outDir, file), body);
  }
  // The previous index too: the search still finds every page while the new index is written.
  linkFiles(base, outDir, kept);
  const redirectPages = writeOldAddresses(outDir, store, site);
  await writeSiteMap(outDir, site, store, { info: log, warn: log, error: log }, [...pages.keys(), ...kept, ...redirectPages]);
  return redirectPages;
};
