import path from 'node:path';

/**
 * Folder-to-URL rules given with `--url-pattern <folder>=<pattern>`: a file under the folder (a
 * path from the site root) had the pattern as its address, `{slug}` being Eleventy's fileSlug.
 */
export type UrlPattern = { folder: string; pattern: string };

export const parseUrlPattern = (option: string): UrlPattern => {
  const at = option.indexOf('=');
  const folder = option.slice(0, at).replace(/^\.?\/+|\/+$/g, '');
  const pattern = option.slice(at + 1);
  if (at <= 0 || !pattern.startsWith('/') || !pattern.includes('{slug}')) {
    throw new Error(`--url-pattern « ${option} » : attendu <dossier>=<adresse avec {slug}>, par exemple content/fr/blog/posts=/fr/blog/{slug}/`);
  }
  return { folder, pattern };
};

const DATE_PREFIX = /^\d{4}-\d{2}-\d{2}-/;

/** Eleventy's fileSlug: the file name without extension nor date prefix; a bundle's index takes its folder's name. */
export const fileSlug = (source: string): string => {
  const parsed = path.posix.parse(source);
  const name = parsed.name === 'index' ? path.posix.basename(parsed.dir) : parsed.name;
  return name.replace(DATE_PREFIX, '');
};

/** Same rule as the CMS's save-time check of « Anciennes adresses ». */
export const isValidOldPath = (value: string): boolean =>
  /^\/(?!\/)/.test(value) && !/^[a-z][a-z0-9+.-]*:/i.test(value) && !value.includes('//') && !/[\\\s]/.test(value) && !value.split('/').includes('..');

export type OldUrl = { path: string | null; note: string | null };

/**
 * Where the old site served a file: its `permalink` when it has one, else a configured folder
 * pattern, else Eleventy's default rule (the path from the input folder, `index.md` as its folder).
 */
export const oldUrlOf = (source: string, permalink: unknown, options: { inputDir: string; patterns: UrlPattern[] }): OldUrl => {
  if (permalink === false) return { path: null, note: 'permalink: false : cette page n’avait pas d’adresse sur l’ancien site' };
  if (typeof permalink === 'string' && permalink.trim()) {
    const value = `/${permalink.trim().replace(/^\/+/, '')}`;
    if (/\{[{%]/.test(value)) return { ...oldUrlOf(source, undefined, options), note: `permalink « ${permalink} » calculé par un gabarit : adresse déduite du chemin, à vérifier` };
    return isValidOldPath(value) ? { path: value, note: null } : { path: null, note: `permalink « ${permalink} » inutilisable : ancienne adresse à saisir` };
  }
  const pattern = options.patterns
    .filter((p) => source.startsWith(`${p.folder}/`))
    .sort((a, b) => b.folder.length - a.folder.length)[0];
  if (pattern) return { path: pattern.pattern.replaceAll('{slug}', fileSlug(source)), note: null };
  const input = options.inputDir.replace(/^\.\/?|\/+$/g, '');
  const relative = input && source.startsWith(`${input}/`) ? source.slice(input.length + 1) : source;
  const parsed = path.posix.parse(relative);
  const folder = parsed.name === 'index' ? parsed.dir : path.posix.join(parsed.dir, parsed.name);
  return { path: `/${folder}${folder ? '/' : ''}`, note: null };
};
