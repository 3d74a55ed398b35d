import { comparablePath, type LegacyRedirect } from './legacy-redirects';
import { xmlEscape } from './xml';
import { frenchTypography } from './typography';
import { DEFAULT_LOCALE, localeOfPath } from './i18n/locales';
import { ui } from './i18n/ui';

/** The three forms the old addresses take in the built site, named as the hosts expect them. */
export const REDIRECTS_FILE = '_redirects';
export const NGINX_MAP_FILE = '_redirects.nginx.map';

// An old address that names a file (/fr/rapport.pdf, /fr/page.html) rather than a folder.
const namesFile = (from: string): boolean => !from.endsWith('/') && /\.[a-z0-9]+$/i.test(from);

// "/fr/a" and "/fr/a/" both lead to the page; an old address ending in a file name stays one.
// Decoded: the form nginx compares ($uri); encodeURI gives the form a browser sends.
const variants = (from: string): string[] => {
  const bare = comparablePath(from);
  return bare === '/' || namesFile(from) ? [bare] : [bare, `${bare}/`];
};

/** Netlify and Cloudflare Pages: `<old> <new> 301`, one line each. */
export const redirectsFile = (redirects: readonly LegacyRedirect[]): string =>
  redirects.flatMap((r) => variants(r.from).map((from) => `${encodeURI(from)} ${r.to} 301\n`)).join('');

/**
 * An nginx `map` body, keyed by `$uri` (decoded, without the query string); docs/production.md
 * shows the `map` block that includes it and the `return 301` that uses it.
 */
export const nginxMap = (redirects: readonly LegacyRedirect[]): string =>
  [
    '# Anciennes adresses du site et leur nouvelle page : fichier écrit par la construction du site.',
    ...redirects.flatMap((r) => variants(r.from).map((key) => `"${key}" "${r.to}";`)),
    '',
  ].join('\n');

/**
 * Where the static page of an old address goes in the output: `<path>/index.html`, or the HTML
 * file it names; none for another file name (an old PDF): only the two redirect files cover it.
 */
export const redirectPageFile = (from: string): string | null => {
  const bare = comparablePath(from).replace(/^\/+/, '');
  if (!namesFile(from)) return `${bare ? `${bare}/` : ''}index.html`;
  return /\.html?$/i.test(bare) ? bare : null;
};

/**
 * The page left at an old address for hosts that read neither file: it sends the reader on at
 * once, tells search engines where the page now lives, and shows the link to anyone whose browser
 * does not follow. No DSFR, no script: it must work anywhere and be gone in an instant. Written
 * beside Astro's pages, so it gets their French typography here; in the language of the page it
 * leads to (an English entry's old address speaks English, without French typography).
 */
export const redirectPage = (redirect: LegacyRedirect, site: string): string => {
  const to = xmlEscape(redirect.to);
  const canonical = xmlEscape(new URL(redirect.to, site).toString());
  const title = xmlEscape(redirect.title);
  const locale = localeOfPath(redirect.to);
  const t = ui(locale);
  const page = `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${to}">
<link rel="canonical" href="${canonical}">
<title>${t.movedTitle}${title}</title>
</head>
<body>
<main>
<h1>${t.movedHeading}</h1>
<p>${t.movedText}<a href="${to}">${title}</a>.</p>
</main>
</body>
</html>
`;
  return locale === DEFAULT_LOCALE ? frenchTypography(page) : page;
};
