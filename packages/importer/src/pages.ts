import path from 'node:path';
import { slugify } from './text';

/**
 * Folders of the usual Eleventy layouts whose undated files were reference pages, not news
 * (`--page-folders` replaces them). A file whose own name is one of them counts too (`about.md`).
 */
export const DEFAULT_PAGE_FOLDERS = ['about', 'a-propos', 'contact', 'legal', 'mentions-legales', 'personal-data', 'donnees-personnelles', 'accessibility', 'accessibilite', 'documentation', 'utiliser', 'achats', 'marches-publics'];

// Folders of dated content: an undated file there is an article whose date is missing, not a page.
const BLOG_FOLDERS = ['blog', 'posts', 'actualites', 'gazettes', 'news'];

export const parsePageFolders = (option: string): string[] => option.split(',').map((name) => name.trim()).filter(Boolean);

/** The folders of a file and its own name (a bundle's `index` is its folder's). */
const namesOf = (source: string): string[] => {
  const parsed = path.posix.parse(source);
  return [...parsed.dir.split('/'), parsed.name];
};

export const inPageFolder = (source: string, folders: readonly string[]): boolean => {
  const names = namesOf(source);
  return !names.some((name) => BLOG_FOLDERS.includes(name)) && names.some((name) => folders.includes(name));
};

/** The site's own legal pages: an old version of one is left to an editor to merge, never published beside it. */
const LEGAL_PAGES: Array<{ label: string; slug: string; names: string[] }> = [
  { label: 'Mentions légales', slug: 'mentions-legales', names: ['legal', 'legal-notice', 'mentions-legales'] },
  { label: 'Données personnelles', slug: 'donnees-personnelles', names: ['personal-data', 'donnees-personnelles', 'privacy', 'confidentialite', 'vie-privee'] },
  { label: 'Accessibilité', slug: 'accessibilite', names: ['accessibility', 'accessibilite', 'declaration-accessibilite'] },
];

export type LegalPage = { label: string; slug: string };

export const legalPageOf = (source: string, title: string): LegalPage | null => {
  const names = [...namesOf(source), slugify(title)];
  const found = LEGAL_PAGES.find((page) => page.names.some((name) => names.includes(name)));
  return found ? { label: found.label, slug: found.slug } : null;
};
