/**
 * The one rule for where a link written in content may lead, used by the site's components, its
 * HTML sanitiser and the importer. Browsers drop tabs and line breaks anywhere in a URL, trim
 * control characters and spaces, and read `\` as `/`: the rule reads the URL the same way, so
 * that `//evil.example` and `/\evil.example` (another host, for a browser) are not taken for
 * paths of this site.
 */
export type LinkKind = 'web' | 'mail' | 'phone' | 'site' | 'anchor' | 'relative';

const asBrowserReads = (url: string): string => url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').replace(/\\/g, '/');

const hasHost = (url: string): boolean => {
  try {
    return new URL(url).hostname !== '';
  } catch {
    return false;
  }
};

/** What a link points to, or null when it may not be a link at all (javascript:, data:, another host without a scheme…). */
export const linkKind = (url: string | null | undefined): LinkKind | null => {
  if (!url) return null;
  const read = asBrowserReads(url);
  if (/^https?:\/\//i.test(read)) return hasHost(read) ? 'web' : null;
  if (/^mailto:./i.test(read)) return 'mail';
  if (/^tel:./i.test(read)) return 'phone';
  if (read.startsWith('#')) return 'anchor';
  if (/^\/(?!\/)/.test(read)) return 'site';
  // `./x` and `../x`: only the importer meets them, in old pages, and resolves them itself.
  if (/^\.\.?\/(?!\/)/.test(read)) return 'relative';
  return null;
};

/** A web address over HTTPS: what the CMS asks of event links, and of images from elsewhere. */
export const isHttpsAddress = (url: string | null | undefined): boolean => linkKind(url) === 'web' && /^https:/i.test(asBrowserReads(url ?? ''));

/** An image comes from this site or over HTTPS: no mixed content, no data:, no mail. */
export const isImageSource = (url: string | null | undefined): boolean => linkKind(url) === 'site' || isHttpsAddress(url);
