import { themeScriptHash } from './theme-script';
import { videoHosts } from '@bluehats/content-policy';

/**
 * What the pages load, and nothing else: our own files, the hashed theme script, WebAssembly for
 * the search index, images as files or the DSFR's data: icons, and players of the allowed video hosts.
 */
const directives = (imageOrigins: string[] = []): Record<string, string[]> => ({
  'default-src': ["'self'"],
  'script-src': ["'self'", themeScriptHash, "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', ...imageOrigins],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'frame-src': videoHosts.map((host) => `https://${host}`),
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'manifest-src': ["'self'"],
});

const serialise = (policy: Record<string, string[]>): string =>
  Object.entries(policy)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');

/** For the <meta> of every page: browsers ignore frame-ancestors there. The preview shows the CMS's image files. */
export const metaPolicy = (imageOrigins: string[] = []): string => serialise(directives(imageOrigins));

/** For the preview server's answers: framed by the CMS's admin only (its preview panel), images from the media origin. */
export const previewPolicy = (cmsOrigin: string, mediaOrigin: string): string =>
  serialise({ ...directives([mediaOrigin]), 'frame-ancestors': [cmsOrigin] });

/** For the HTTP headers (static host, CDN, our server): the page may not be framed by anyone. */
export const headerPolicy = (): string => serialise({ ...directives(), 'frame-ancestors': ["'none'"] });

/** Every header the static site is served with, in the `_headers` format of static hosts. */
export const securityHeaders = (siteUrl: string): Record<string, string> => ({
  'Content-Security-Policy': headerPolicy(),
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  ...(siteUrl.startsWith('https:') ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {}),
});
