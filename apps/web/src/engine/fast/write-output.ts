import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentStore } from '../astro/astro-internals';
import { writeSiteMap } from '../../integrations/sitemap';
import { writeOldAddresses } from './old-addresses';

/**
 * Writes the rendered files into outDir, waits for the kept files, linked from base meanwhile
 * (`keeping`, link-files.ts), then, as the static build does once its pages are written, writes the
 * old addresses' files and the sitemap of the whole. Returns the old addresses' pages it wrote.
 */
export const writeOutput = async (
  { outDir, site, store, log }: { outDir: string; site: string; store: ContentStore; log: (message: string) => void },
  pages: ReadonlyMap<string, Buffer>,
  kept: readonly string[],
  keeping: Promise<void>,
): Promise<string[]> => {
  for (const [file, body] of pages) {
    mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
    // Only where no file is: never through a link into the output online.
    writeFileSync(path.join(outDir, file), body, { flag: 'wx' });
  }
  await keeping;
  const redirectPages = writeOldAddresses(outDir, store, site);
  await writeSiteMap(outDir, site, store, { info: log, warn: log, error: log }, [...pages.keys(), ...kept, ...redirectPages]);
  return redirectPages;
};
