import path from 'node:path';
import { contentTypes, detailTypes } from '@bluehats/content-types';
import type { CmsApi } from './cms-api';
import { isValidOldPath } from './old-url';
import type { ImportPlan } from './plan';
import { collectionOf } from './site-routes';
import { slugify } from './text';

/**
 * The old site's own listing addresses: a folder's index (/fr/blog/), its pagination pages
 * (/fr/blog/page/2/), tag pages, feeds and calendar. They are no entry's address, so they go in
 * « Anciennes adresses des rubriques » of the site settings, which the site build turns into
 * redirects like the entries' own (apps/web/src/lib/legacy-redirects.ts).
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

/** The feeds and calendar of eleventy-dsfr (the old site's template) and this site's. */
export const DEFAULT_EXTRA: SectionRedirect[] = [
  { from: '/feed/feed.xml', to: '/rss.xml' },
  { from: '/feed/feed.json', to: '/rss.xml' },
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

// Pages have no list of their own (the site has no /pages/ index): a folder of pages leads home.
const sectionOf = (kind: ImportPlan['kind']): string =>
  kind === 'page' ? '/' : `/${detailTypes.find((type) => type.name === collectionOf(kind))?.section ?? ''}/`;
const tagSection = `/${contentTypes.tags.route.section}/`;

// Every folder above an address, deepest first, the site's root excluded: /fr/blog/x/ → /fr/blog/, /fr/.
const foldersAbove = (oldPath: string): string[] => {
  const folders: string[] = [];
  for (let dir = path.posix.dirname(oldPath.replace(/\/+$/, '')); dir !== '/' && dir !== '.'; dir = path.posix.dirname(dir)) folders.push(`${dir}/`);
  return folders;
};

/**
 * The old listing addresses of the entries planned, and where each now leads: a folder holding
 * entries of one type → that type's section (from the registry); of several → the home page; its
 * pagination pages likewise; each tag's old page → its tag page. Entries' own addresses win.
 */
export const sectionRedirectsOf = (plans: readonly ImportPlan[], options: SectionOptions): SectionRedirect[] => {
  const own = new Set(plans.flatMap((plan) => (plan.oldPath ? [plan.oldPath.replace(/\/+$/, '')] : [])));
  const sections = new Map<string, Set<string>>();
  const children = new Map<string, number>();
  for (const plan of plans) {
    if (!plan.oldPath) continue;
    const folders = foldersAbove(plan.oldPath);
    if (folders[0]) children.set(folders[0], (children.get(folders[0]) ?? 0) + 1);
    for (const folder of folders) sections.set(folder, (sections.get(folder) ?? new Set()).add(sectionOf(plan.kind)));
  }
  const found = new Map<string, string>();
  for (const [folder, targets] of [...sections].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const to = targets.size === 1 ? [...targets][0] ?? '/' : '/';
    found.set(folder, to);
    const pages = Math.ceil((children.get(folder) ?? 0) / options.oldPageSize);
    for (let n = 2; n <= pages; n++) found.set(`${folder}${options.oldPagination.replaceAll('{n}', String(n))}`, to);
  }
  if (options.oldTagUrl) {
    // Eleventy slugified the tag in its page's address; the CMS's tag takes the same slug (writer.ts).
    const tags = [...new Set(plans.flatMap((plan) => plan.tags.map(slugify)))].filter(Boolean).sort();
    if (tags.length) found.set(options.oldTagUrl.slice(0, options.oldTagUrl.indexOf('{tag}')), tagSection);
    for (const tag of tags) found.set(options.oldTagUrl.replaceAll('{tag}', tag), `${tagSection}${tag}/`);
  }
  for (const { from, to } of options.extra) found.set(from, to);
  return [...found].filter(([from, to]) => !own.has(from.replace(/\/+$/, '')) && isValidOldPath(from) && isValidOldPath(to)).map(([from, to]) => ({ from, to }));
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
