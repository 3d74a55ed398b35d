import type { ContentStore } from '../astro/astro-internals';
import { writeLegacyRedirects } from '../../integrations/legacy-redirects';
import { buildTime } from '../../lib/build-time';
import { legacyRedirects } from '../../lib/legacy-redirects';
import { NGINX_MAP_FILE, REDIRECTS_FILE, redirectPageFile } from '../../lib/redirect-files';

/** The files the old addresses take in an output built from this content: their pages, and the two redirect files. */
export const oldAddressFiles = (store: ContentStore): Set<string> =>
  new Set([REDIRECTS_FILE, NGINX_MAP_FILE, ...legacyRedirects(store, buildTime()).flatMap((redirect) => redirectPageFile(redirect.from) ?? [])]);

/**
 * Writes the old addresses' files into outDir once its pages are there, as the static build does
 * (integrations/legacy-redirects.ts: checked against those pages), and returns their pages. They
 * are a few small files, written anew each time: never through a link to the previous output.
 */
export const writeOldAddresses = (outDir: string, store: ContentStore, site: string): string[] => {
  const redirects = legacyRedirects(store, buildTime());
  writeLegacyRedirects(outDir, redirects, site);
  return redirects.flatMap((redirect) => redirectPageFile(redirect.from) ?? []);
};
