import { createHmac } from 'node:crypto';
import { defaultLocale } from '../i18n/locales';
import { previewSections } from './preview-sections';

export { previewSections };

// French, the default locale, keeps the addresses the preview had before the site spoke English.
const localePrefix = (locale: string | null | undefined): string => (!locale || locale === defaultLocale ? '' : `/${encodeURIComponent(locale)}`);

export type PreviewRequest = {
  uid: string;
  documentId: string;
  status: 'draft' | 'published';
  /** A past published version (history/store.ts), instead of the current draft or publication. */
  version?: number;
  /**
   * The locale of the document shown (Strapi's preview handler gives it): a draft in English
   * previews on the English site, under /en/. Absent or French: the French preview, as before.
   */
  locale?: string | null | undefined;
};

export type PreviewSettings = {
  /** Root of the site's preview server, e.g. http://127.0.0.1:4323 */
  baseUrl: string;
  secret: string;
  /** How long a link opened from the admin stays valid. */
  ttlSeconds: number;
  now?: () => number;
};

/**
 * The link the admin's preview panel opens. It carries a signature of the document and an expiry
 * instead of the secret itself, so a link copied out of the admin opens one document, for a while.
 */
export const previewLink = ({ uid, documentId, status, version, locale }: PreviewRequest, settings: PreviewSettings): string | null => {
  const section = previewSections[uid];
  if (!section || !settings.secret) return null;
  const expires = Math.floor((settings.now ?? Date.now)() / 1000) + settings.ttlSeconds;
  // The locale is part of the signed path: a link opens the document in one language, no other.
  const path = `${localePrefix(locale)}/apercu/${section}/${encodeURIComponent(documentId)}/`;
  // A version's number is signed in the place of the status: a link opens that version, no other.
  const signed = version === undefined ? status : `version:${version}`;
  const signature = createHmac('sha256', settings.secret).update(`${path}|${signed}|${expires}`).digest('base64url');
  const query = new URLSearchParams({ status, ...(version === undefined ? {} : { version: String(version) }), expires: String(expires), signature });
  return `${settings.baseUrl.replace(/\/+$/, '')}${path}?${query}`;
};
