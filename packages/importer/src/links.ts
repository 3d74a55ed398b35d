import path from 'node:path';
import { linkKind } from '@bluehats/content-policy';

/** What the links of one file are resolved against: its old address, and the pages known to this run or the CMS. */
export type LinkContext = {
  source: string;
  oldPath: string | null;
  /** --old-site-url: links to this host are links inside the old site. */
  oldOrigin: string | null;
  routeOfOldPath: (oldPath: string) => string | null;
  routeOfSource: (source: string) => string | null;
};

export type ResolvedLink = { url: string; note: string | null } | { url: null; note: string };

const EMAIL = /^(?:mailto:)?([^\s@/:]+@[^\s@/:]+\.[a-z]{2,})$/i;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const BASE = 'https://ancien-site.invalid';

/**
 * What the CMS takes in a rich-text link: a page of the site, the web, e-mail or telephone, by the
 * one link rule of the project; spaces and backslashes, which the CMS refuses, are refused here too.
 */
export const isAcceptableLink = (url: string): boolean =>
  !/[\s\\]/.test(url) && ['web', 'mail', 'phone', 'site'].includes(linkKind(url) ?? '');

// "/fr/blog/x" and "/fr/blog/x/" are the same page of an Eleventy site.
const withSlash = (p: string): string => (p.endsWith('/') || path.posix.extname(p) ? p : `${p}/`);

const inside = (href: string, ctx: LinkContext): ResolvedLink | null => {
  const [target = '', hash = ''] = href.split(/(?=#)/);
  if (/\.(md|markdown)$/i.test(target) && !target.startsWith('/')) {
    const source = path.posix.normalize(path.posix.join(path.posix.dirname(ctx.source), decodeURI(target)));
    const route = ctx.routeOfSource(source);
    return route ? { url: `${route}${hash}`, note: null } : { url: null, note: `lien vers le fichier ${source}, qui n’est pas importé : gardé comme texte` };
  }
  const candidates = [new URL(target, `${BASE}${ctx.oldPath ?? '/'}`).pathname];
  // Links written without their leading "/" ("fr/blog/…") meant the site's root more often than the page's folder.
  if (!target.startsWith('/') && !target.startsWith('.')) candidates.push(new URL(`/${target}`, BASE).pathname);
  for (const candidate of candidates) {
    const route = ctx.routeOfOldPath(withSlash(decodeURI(candidate)));
    if (route) return { url: `${route}${hash}`, note: null };
  }
  const [resolved = '/'] = candidates;
  if (ctx.oldOrigin) return { url: `${ctx.oldOrigin}${resolved}${hash}`, note: `lien vers une page de l’ancien site non importée (${resolved}) : pointe vers l’ancien site` };
  return { url: `${resolved}${hash}`, note: `lien vers une page de l’ancien site non importée (${resolved}) : à vérifier` };
};

/**
 * Where a link of the old site must point now: bare e-mail addresses become mailto:, links inside
 * the old site go to the new page when it is imported, relative links are resolved against the
 * file's old address. A link the CMS would refuse comes back without a URL: kept as text, reported.
 */
export const resolveLink = (raw: string, ctx: LinkContext): ResolvedLink => {
  const href = raw.trim();
  const email = EMAIL.exec(href);
  if (email) return { url: `mailto:${email[1]}`, note: href.startsWith('mailto:') ? null : `adresse électronique ${href} transformée en lien mailto:` };
  if (!href || href.startsWith('#')) return { url: null, note: `lien « ${href} » sans page (ancre seule) : gardé comme texte` };
  if (/[\s\\]/.test(href) || href.startsWith('//')) return { url: null, note: `lien « ${href} » refusé (adresse mal formée) : gardé comme texte` };
  const scheme = SCHEME.exec(href)?.[1]?.toLowerCase();
  let resolved: ResolvedLink | null = null;
  if (!scheme) resolved = inside(href, ctx);
  else if (scheme === 'http' || scheme === 'https') {
    let url: URL | null = null;
    try {
      url = new URL(href);
    } catch {
      url = null;
    }
    if (!url) return { url: null, note: `lien « ${href} » refusé (adresse mal formée) : gardé comme texte` };
    const oldHost = ctx.oldOrigin ? new URL(ctx.oldOrigin).host : null;
    resolved = oldHost && url.host === oldHost ? inside(`${url.pathname}${url.hash}`, ctx) : { url: href, note: null };
  } else if (scheme === 'mailto' || scheme === 'tel') resolved = { url: href, note: null };
  else return { url: null, note: `lien « ${href.slice(0, 60)} » refusé (protocole ${scheme}: non autorisé) : gardé comme texte` };
  if (resolved?.url && !isAcceptableLink(resolved.url)) return { url: null, note: `lien « ${href} » refusé par le CMS : gardé comme texte` };
  return resolved ?? { url: null, note: `lien « ${href} » refusé : gardé comme texte` };
};
