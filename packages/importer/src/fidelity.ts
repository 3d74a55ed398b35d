import { readFileSync } from 'node:fs';
import path from 'node:path';
import { marked } from 'marked';
import { parse } from 'node-html-parser';
import { decodeSource } from './decode';
import { parseFrontMatter } from './front-matter';
import { withoutLanguageSwitch } from './language-switch';
import type { FileOutcome } from './outcome';
import { extractShortcodes } from './shortcodes';

/**
 * The migration's own proof: for each imported file, the share of its words (title and body, as a
 * reader of the old site saw them) that the published page shows, and the passages it does not.
 * Words are compared as a multiset, in the source's order: a word the source says twice must be
 * on the page twice.
 */

export type FileFidelity = { file: string; route: string; words: number; found: number; missing: string[] };
export type Fidelity = { files: FileFidelity[]; words: number; found: number; unchecked: Array<{ file: string; why: string }> };

const words = (text: string): string[] => text.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

// What the old site printed from a Markdown file: its title, then its body rendered, without
// template tags, quote-container fences, scripts, styles or comments (never shown to a reader).
const sourceText = (absolutePath: string, source: string): string => {
  const { text } = decodeSource(source, readFileSync(absolutePath));
  const parsed = parseFrontMatter(source, text);
  const { frontMatter } = parsed;
  // The line that led to the other language is not imported: the site's language selector replaces it.
  const { body } = withoutLanguageSwitch(parsed.body);
  // Shortcodes become comments (their caption or title is not text the old page showed in its flow).
  const markdown = extractShortcodes(body, 1).text.replace(/^:::\S*.*$/gm, '');
  const html = parse(spaced(marked.parse(markdown, { async: false })));
  for (const hidden of html.querySelectorAll('script, style')) hidden.remove();
  return `${frontMatter.title}\n${html.structuredText}`;
};

// Two cells or items side by side are two words, not one: <th>Heure</th><th>Salle</th>.
const spaced = (html: string): string => html.replace(/></g, '> <');

/** A built page's reading text: its <main>, without the skip links and breadcrumb around it. */
export const pageText = (html: string): string => {
  const root = parse(spaced(html));
  const main = root.querySelector('main') ?? root;
  for (const hidden of main.querySelectorAll('script, style, nav, .fr-breadcrumb')) hidden.remove();
  return main.structuredText;
};

/** A page of the built site (`dist`), by its route; null when there is none. */
export const pageFromDist = (dist: string) => (route: string): Promise<string | null> => {
  try {
    return Promise.resolve(readFileSync(path.join(dist, route, 'index.html'), 'utf8'));
  } catch {
    return Promise.resolve(null);
  }
};

/** A page of the running site, by its route; null when it does not answer 200. */
export const pageFromSite = (siteUrl: string) => async (route: string): Promise<string | null> => {
  const response = await fetch(new URL(route, siteUrl));
  return response.ok ? response.text() : null;
};

const compare = (source: string[], page: string[]): { found: number; missing: string[] } => {
  const left = new Map<string, number>();
  for (const word of page) left.set(word, (left.get(word) ?? 0) + 1);
  const missing: string[] = [];
  let run: string[] = [];
  let found = 0;
  for (const word of source) {
    const n = left.get(word) ?? 0;
    if (n > 0) {
      left.set(word, n - 1);
      found += 1;
      if (run.length) missing.push(run.join(' '));
      run = [];
    } else run.push(word);
  }
  if (run.length) missing.push(run.join(' '));
  return { found, missing };
};

/** Why an English file could not be checked while the site has no English pages yet: said, not failed. */
export const ENGLISH_PENDING = 'page anglaise à vérifier';

/** An unchecked file that does not make the check fail: a draft, or an English page the site does not build yet. */
export const isExpectedUnchecked = (u: { why: string }): boolean => u.why.startsWith('brouillon') || u.why.startsWith(ENGLISH_PENDING);

export const checkFidelity = async (outcomes: FileOutcome[], siteRoot: string, page: (route: string) => Promise<string | null>): Promise<Fidelity> => {
  const result: Fidelity = { files: [], words: 0, found: 0, unchecked: [] };
  // A site with an English home builds English pages: one missing is then a missing page like any other.
  const englishSite = outcomes.some((o) => o.locale === 'en') && (await page('/en/')) !== null;
  for (const o of outcomes) {
    if (o.action === 'failed' || o.action === 'skipped' || o.action === 'navigation' || (!o.newUrl && o.locale === 'fr')) continue;
    // Until the site builds English pages, the check says so instead of failing.
    const english = o.locale === 'en' && !englishSite ? ENGLISH_PENDING : null;
    if (o.locale === 'en' && !o.newUrl && o.published) {
      result.unchecked.push({ file: o.file, why: `${ENGLISH_PENDING} : le site n’a pas encore de rubrique anglaise pour ce type` });
      continue;
    }
    if (!o.published) {
      result.unchecked.push({ file: o.file, why: o.heldBack ? `brouillon : ${o.heldBack}` : 'brouillon' });
      continue;
    }
    if (!o.newUrl) continue;
    const html = await page(o.newUrl);
    if (html === null) {
      result.unchecked.push({ file: o.file, why: english ? `${english} : ${o.newUrl} absente du site construit` : `page ${o.newUrl} absente du site construit` });
      continue;
    }
    const source = words(sourceText(path.join(siteRoot, o.file), o.file));
    const { found, missing } = compare(source, words(pageText(html)));
    result.files.push({ file: o.file, route: o.newUrl, words: source.length, found, missing });
    result.words += source.length;
    result.found += found;
  }
  return result;
};

const percent = (found: number, total: number): string => `${total ? ((100 * found) / total).toFixed(1).replace('.', ',') : '100'} %`;

/** The check in a few lines: each file, then the whole. */
export const fidelityLines = (fidelity: Fidelity): string[] => [
  ...fidelity.files.map((f) => `${percent(f.found, f.words).padStart(7)}  ${f.file} → ${f.route}${f.missing.length ? `\n           manquent : ${f.missing.map((m) => `« ${m} »`).join(', ')}` : ''}`),
  ...fidelity.unchecked.map((u) => `   —     ${u.file} : non vérifié (${u.why})`),
  `Fidélité : ${percent(fidelity.found, fidelity.words)} des mots des fichiers sources se retrouvent sur leur page publiée (${fidelity.found} sur ${fidelity.words}, ${fidelity.files.length} page(s) vérifiée(s), ${fidelity.unchecked.length} non vérifiée(s)).`,
];
