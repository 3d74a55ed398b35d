import { createHmac } from 'node:crypto';
import { previewSections } from './preview-sections';

export { previewSections };

export type PreviewRequest = {
  uid: string;
  documentId: string;
  status: 'draft' | 'published';
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
export const previewLink = ({ uid, documentId, status }: PreviewRequest, settings: PreviewSettings): string | null => {
  const section = previewSections[uid];
  if (!section || !settings.secret) return null;
  const expires = Math.floor((settings.now ?? Date.now)() / 1000) + settings.ttlSeconds;
  const path = `/apercu/${section}/${encodeURIComponent(documentId)}/`;
  const signature = createHmac('sha256', settings.secret).update(`${path}|${status}|${expires}`).digest('base64url');
  const query = new URLSearchParams({ status, expires: String(expires), signature });
  return `${settings.baseUrl.replace(/\/+$/, '')}${path}?${query}`;
};
