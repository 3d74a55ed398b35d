import path from 'node:path';
import { defaultLocale, localePrefix, locales, routedTypes, sectionIn, type Locale } from '@bluehats/content-types';
import type { CmsApi } from './cms-api';
import { isValidOldPath } from './old-url';
import type { ImportPlan } from './plan';
import { collectionOf } from './site-routes';
import { slugify } from './text';
import { oldAddressIn } from './translations';

/**
 * The old site's own listing addresses: a folder's index (/fr/blog/), its pagination pages
 * (/fr/blog/page/2/), tag pages, feeds and calendar, in each language (/en/blog/ → /en/articles/).
 * They are no entry's address, so they go in « Anciennes adresses des rubriques » of the site
 * settings, which the site build turns into redirects like the entries' own
 * (apps/web/src/lib/legacy-redirects.ts). That field is one list for every language (a shared
 * field of the registry): the English lines go in the same list as the French ones.
 */
export type SectionRedirect = { from: string; to: string };

export type SectionOptions = {
  /** Eleventy's tag pages, `{tag}` being the tag slugified; null: none. */
  oldTagUrl: string | null;
  /** Pagination pages of a listing, under its folder: `page/{n}/` (eleventy-dsfr's `pagePrefix`). */
  oldPagination: string;
  /** Entries a listing page showed: its pages are numbered up to ⌈entries / size⌉. */
  oldPageSize: number;
  /** `--redirect <old>=<new>`: more addresses, read after the derived ones (they win). */
  extra: SectionRedirect[];
};

// This site's feed of articles, in each language under its folder (/rss.xml, /en/rss.xml).
const FEED = '/rss.xml';

/** The feeds and calendar of eleventy-dsfr (the old site's template) and this site's. */
export const DEFAULT_EXTRA: SectionRedirect[] = [
  { from: '/feed/feed.xml', to: FEED },
  { from: '/feed/feed.json', to: FEED },
  { from: '/calendar.ics', to: '/evenements.ics' },
];

export const DEFAULT_SECTION_OPTIONS: SectionOptions = { oldTagUrl: '/fr/blog/tags/{tag}/', oldPagination: 'page/{n}/', oldPageSize: 6, extra: DEFAULT_EXTRA };

/** `--redirect /fr/agenda/=/evenements/`: an old address of the site and the page of this site it leads to. */
export const parseRedirect = (option: string): SectionRedirect => {
  const at = option.indexOf('=');
  const from = option.slice(0, at).trim();
  const to = option.slice(at + 1).trim();
  if (at <= 0 || !isValidOldPath(from) || !isValidOldPath(to)) {
    throw new Error(`--redirect « ${option} » : attendu <ancienne adresse>=<adresse sur ce site>, par exemple /fr/agenda/=/evenements/`);
  }
  return { from, to };
};

const homeIn = (locale: Locale): string => `${localePrefix(locale)}/`;

// Pages have no list of their own (the site has no /pages/ index): a folder of pages leads to its language's home.
const sectionOf = (kind: ImportPlan['kind'], locale: Locale): string =>
  (kind === 'page' ? null : sectionIn(collectionOf(kind), locale)?.path) ?? homeIn(locale);

// The new site's own pages, a home or a section's list in each language: an old address that is one
// of them is already a page (the old English home /en/ is the new one), never a redirect.
const newSitePages = new Set(locales.flatMap((locale) => [homeIn(locale), ...routedTypes.flatMap((type) => sectionIn(type.name, locale)?.path ?? [])]));

/**
 * The old site's feeds in another language, in its folder like its pages (/en/feed/feed.xml),
 * lead to that language's feed here (/en/rss.xml); the calendar has no other language.
 */
const feedsIn = (locale: Locale): SectionRedirect[] =>
  DEFAULT_EXTRA.filter((r) => r.to === FEED).map((r) => ({ from: `/${locale}${r.from}`, to: `${localePrefix(locale)}${FEED}` }));

// Every folder above an address, deepest first, the site's root excluded: /fr/blog/x/ → /fr/blog/, /fr/.
const foldersAbove = (oldPath: string): string[] => {
  const folders: string[] = [];
  for (let dir = path.posix.dirname(oldPath.replace(/\/+$/, '')); dir !== '/' && dir !== '.'; dir = path.posix.dirname(dir)) folders.push(`${dir}/`);
  return folders;
};

/** One language's listing addresses, from its entries: folders, their pagination pages, tag pages, and its feeds when it is not the default one. */
const listingsIn = (plans: readonly ImportPlan[], options: SectionOptions, locale: Locale): Map<string, string> => {
  const found = new Map<string, string>();
  if (!plans.length) return found;
  const sections = new Map<string, Set<string>>();
  const children = new Map<string, number>();
  for (const plan of plans) {
    if (!plan.oldPath) continue;
    const folders = foldersAbove(plan.oldPath);
    if (folders[0]) children.set(folders[0], (children.get(folders[0]) ?? 0) + 1);
    for (const folder of folders) sections.set(folder, (sections.get(folder) ?? new Set()).add(sectionOf(plan.kind, locale)));
  }
  for (const [folder, targets] of [...sections].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const to = targets.size === 1 ? ([...targets][0] ?? homeIn(locale)) : homeIn(locale);
    found.set(folder, to);
    const pages = Math.ceil((children.get(folder) ?? 0) / options.oldPageSize);
    for (let n = 2; n <= pages; n++) found.set(`${folder}${options.oldPagination.replaceAll('{n}', String(n))}`, to);
  }
  // The old tag pages of another language are the French ones in that language's folder (/en/blog/tags/{tag}/).
  const oldTagUrl = options.oldTagUrl && locale !== defaultLocale ? oldAddressIn(options.oldTagUrl, locale) : options.oldTagUrl;
  const tagSection = sectionIn('tags', locale)?.path;
  if (oldTagUrl && tagSection) {
    // Eleventy slugified the tag in its page's address; the CMS's tag takes the same slug (writer.ts).
    const tags = [...new Set(plans.flatMap((plan) => plan.tags.map(slugify)))].filter(Boolean).sort();
    if (tags.length) found.set(oldTagUrl.slice(0, oldTagUrl.indexOf('{tag}')), tagSection);
    for (const tag of tags) found.set(oldTagUrl.replaceAll('{tag}', tag), `${tagSection}${tag}/`);
  }
  if (locale !== defaultLocale) for (const { from, to } of feedsIn(locale)) found.set(from, to);
  return found;
};

/**
 * The old listing addresses of the entries planned, and where each now leads, language by language:
 * a folder holding entries of one type → that type's section in the entries' language (from the
 * registry: /fr/blog/ → /articles/, /en/blog/ → /en/articles/); of several → that language's home;
 * its pagination pages likewise; each tag's old page → its tag page. Entries' own addresses win,
 * and so does `extra`, read last.
 */
export const sectionRedirectsOf = (plans: readonly ImportPlan[], options: SectionOptions): SectionRedirect[] => {
  const own = new Set(plans.flatMap((plan) => (plan.oldPath ? [plan.oldPath.replace(/\/+$/, '')] : [])));
  const found = new Map<string, string>();
  for (const locale of locales) {
    for (const [from, to] of listingsIn(plans.filter((plan) => plan.locale === locale), options, locale)) found.set(from, to);
  }
  for (const { from, to } of options.extra) found.set(from, to);
  return [...found]
    .filter(([from, to]) => !own.has(from.replace(/\/+$/, '')) && !newSitePages.has(from) && from !== to && isValidOldPath(from) && isValidOldPath(to))
    .map(([from, to]) => ({ from, to }));
};

const linesOf = (value: string | null | undefined): SectionRedirect[] =>
  (value ?? '').split(/\r?\n/).flatMap((line) => {
    const [from, to] = line.trim().split(/\s+/);
    return from && to ? [{ from, to }] : [];
  });

/**
 * Adds the run's section addresses to « Anciennes adresses des rubriques » (site settings). A line
 * already there for the same old address stays as it is (an editor's choice, or a first legacy
 * site that saw more of that folder than a second one): it is returned, to be reported.
 */
export const writeSectionRedirects = async (api: CmsApi, redirects: readonly SectionRedirect[]): Promise<SectionRedirect[]> => {
  const current = await api.get<{ data: { sectionRedirects?: string | null } | null }>('/api/site-setting?fields[0]=sectionRedirects');
  if (!current.data) throw new Error('« Réglages du site » absents : remplissez-les dans l’administration, puis relancez l’import');
  const merged = new Map(linesOf(current.data.sectionRedirects).map((r) => [r.from, r.to]));
  const kept: SectionRedirect[] = [];
  for (const { from, to } of redirects) {
    const existing = merged.get(from);
    if (existing === undefined) merged.set(from, to);
    else if (existing !== to) kept.push({ from, to: existing });
  }
  const value = [...merged].map(([from, to]) => `${from} ${to}`).join('\n');
  if (value !== (current.data.sectionRedirects ?? '')) await api.send('PUT', '/api/site-setting', { data: { sectionRedirects: value || null } });
  return kept;
};
