/**
 * The old site's line that sends a reader to the same page in the other language (« Aller à la
 * page … en Français », « Read this page in English »). It is navigation, not content: the new
 * site's language selector replaces it, so it is neither imported nor counted by the fidelity
 * check; its address is what pairs an English file with its French one (translations.ts).
 */

import type { Locale } from '@bluehats/content-types';

const PHRASE = /\b(?:en|in)\s+(?:fran[cç]ais|anglais|english|french)\b|\b(?:english|french)\s+version\b|\bversion\s+(?:fran[cç]aise|anglaise)\b/i;
const MARKDOWN_LINK = /\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
const HTML_LINK = /<a\b[^>]*\bhref\s*=\s*["']([^"']+)["'][^>]*>(.*?)<\/a>/gi;
// Longer than this, a line is a paragraph that happens to mention a language, not a switch.
const MAX_LENGTH = 240;

/** The target of a language-switch line, or null when the line is something else. */
const switchTarget = (line: string): string | null => {
  const trimmed = line.trim();
  if (!trimmed || trimmed.length > MAX_LENGTH) return null;
  const hrefs = [...trimmed.matchAll(MARKDOWN_LINK)].map((m) => m[2] ?? '').concat([...trimmed.matchAll(HTML_LINK)].map((m) => m[1] ?? ''));
  if (hrefs.length !== 1) return null;
  const text = trimmed.replace(MARKDOWN_LINK, '$1').replace(HTML_LINK, '$2').replace(/<[^>]*>/g, '');
  return PHRASE.test(text) ? (hrefs[0] ?? null) : null;
};

export type LanguageSwitch = { href: string; line: number };

/**
 * The body without its language-switch lines (each replaced by an empty line, so that the line
 * numbers of the report stay those of the file) and what they linked to, in order. A switch line
 * is a paragraph of its own: a mention of « in English » inside a paragraph is text.
 */
export const withoutLanguageSwitch = (body: string, firstLine = 1): { body: string; switches: LanguageSwitch[] } => {
  const lines = body.split('\n');
  const switches: LanguageSwitch[] = [];
  const blank = (i: number): boolean => i < 0 || i >= lines.length || !(lines[i] ?? '').trim();
  for (const [i, line] of lines.entries()) {
    const href = blank(i - 1) && blank(i + 1) ? switchTarget(line) : null;
    if (href === null) continue;
    switches.push({ href, line: firstLine + i });
    lines[i] = '';
  }
  return { body: lines.join('\n'), switches };
};

const BASE = 'https://ancien-site.invalid';

/**
 * The old address a switch link leads to, resolved against the file's own old address; a link to
 * another site's page is kept as its path (the old site linked its versions by absolute URL too).
 */
export const switchPath = (href: string, oldPath: string | null): string | null => {
  try {
    const url = new URL(href, `${BASE}${oldPath ?? '/'}`);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    const pathname = decodeURI(url.pathname);
    return pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(pathname) ? pathname : `${pathname}/`;
  } catch {
    return null;
  }
};

/** English files are those under an `en/` folder (Eleventy's content/en/…), as on the old site. */
export const localeOf = (source: string): Locale => (/(^|\/)en\//.test(source) ? 'en' : 'fr');
