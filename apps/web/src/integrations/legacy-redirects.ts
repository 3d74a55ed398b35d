import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { buildTime } from '../lib/build-time';
import { comparablePath, legacyRedirects, type LegacyRedirect } from '../lib/legacy-redirects';
import { publicOutputStep } from '../engine/astro/public-output-step';
import { NGINX_MAP_FILE, REDIRECTS_FILE, nginxMap, redirectPage, redirectPageFile, redirectsFile } from '../lib/redirect-files';

// The live page an old address would take the place of, named by its title for the error message.
const titleOf = (file: string): string =>
  (file.endsWith('.html') && /<title>([^<]*)<\/title>/.exec(readFileSync(file, 'utf8'))?.[1]?.trim()) || path.basename(file);

// The built file that `file` would replace or sit under: the page itself, or a file where a folder should be (/rss.xml/).
const livePageAt = (outDir: string, file: string): string | null => {
  if (existsSync(file)) return file;
  for (let dir = path.dirname(file); dir.length > outDir.length; dir = path.dirname(dir)) {
    if (existsSync(dir)) return statSync(dir).isDirectory() ? null : dir;
  }
  return null;
};

// A path of this site that the build has written: a folder's index.html, or the file it names (/rss.xml).
const hasPage = (outDir: string, to: string): boolean => {
  const file = path.join(outDir, comparablePath(to));
  return existsSync(path.join(file, 'index.html')) || (existsSync(file) && statSync(file).isFile());
};

/**
 * Writes, from the « Anciennes adresses » of the published entries, the redirects of the legacy
 * site: `_redirects` (Netlify, Cloudflare Pages), an nginx map, and a small page at each old path
 * for any other static host. An old address that is already a page of this site stops the build:
 * a redirect must never hide a live page.
 */
export const writeLegacyRedirects = (outDir: string, all: readonly LegacyRedirect[], site: string): { skipped: string[] } => {
  // An old section address that leads to a page this build has not written (a tag without a
  // published entry) is left out and named: the import writes them ahead of publication.
  const skipped: string[] = [];
  const redirects = all.filter((redirect) => {
    const kept = !redirect.section || hasPage(outDir, redirect.to);
    if (!kept) skipped.push(`${redirect.from} → ${redirect.to} : aucune page à ${redirect.to}`);
    return kept;
  });
  const pages = redirects.flatMap((redirect) => {
    const file = redirectPageFile(redirect.from);
    return file ? [{ redirect, file: path.join(outDir, file) }] : [];
  });
  const planned = new Map<string, LegacyRedirect>();
  for (const { redirect, file } of pages) {
    const taken = livePageAt(outDir, file);
    if (taken && redirect.section) {
      throw new Error(`L’ancienne adresse « ${redirect.from} » (Réglages du site, « Anciennes adresses des rubriques ») est l’adresse d’une page du site, « ${titleOf(taken)} » : retirez cette ligne.`);
    }
    if (taken) {
      throw new Error(`L’ancienne adresse « ${redirect.from} » de « ${redirect.title} » est l’adresse d’une page du site, « ${titleOf(taken)} » : retirez-la des anciennes adresses.`);
    }
    const other = planned.get(file);
    if (other && other.to !== redirect.to) {
      throw new Error(`Les anciennes adresses « ${other.from} » de « ${other.title} » et « ${redirect.from} » de « ${redirect.title} » sont une seule page : gardez-en une.`);
    }
    planned.set(file, redirect);
  }
  for (const { redirect, file } of pages) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, redirectPage(redirect, site));
  }
  writeFileSync(path.join(outDir, REDIRECTS_FILE), redirectsFile(redirects));
  writeFileSync(path.join(outDir, NGINX_MAP_FILE), nginxMap(redirects));
  return { skipped };
};

/** The static build's step, from the content store Astro has just built from. */
export const legacyRedirectFiles = (): AstroIntegration =>
  publicOutputStep('bluehats:legacy-redirects', ({ outDir, store, site, logger }) => {
    const redirects = legacyRedirects(store, buildTime());
    const { skipped } = writeLegacyRedirects(outDir, redirects, site);
    for (const line of skipped) logger.warn(`Ancienne adresse de rubrique non redirigée : ${line}.`);
    logger.info(`${redirects.length - skipped.length} anciennes adresses redirigées.`);
  });
