import { createHmac, timingSafeEqual } from 'node:crypto';

export type PreviewCheck = { ok: true; status: 'draft' | 'published'; version?: number } | { ok: false; reason: string };

type PreviewLinkParts = { path: string; query: URLSearchParams; secret: string; nowMs: number };

/**
 * Checks a link signed by the CMS (apps/cms/src/preview/preview-link.ts): HMAC-SHA256 of
 * "path|status|expires" (or "path|version:<n>|expires") with the shared PREVIEW_SECRET, not expired.
 */
export const checkPreviewLink = ({ path, query, secret, nowMs }: PreviewLinkParts): PreviewCheck => {
  if (!secret) return { ok: false, reason: 'Aperçu désactivé : PREVIEW_SECRET n’est pas défini sur ce serveur.' };
  const status = query.get('status') === 'published' ? 'published' : 'draft';
  // A past published version (the CMS's history): its number is signed in the place of the status.
  const version = query.has('version') ? Number(query.get('version')) : undefined;
  const signed = version === undefined ? status : `version:${version}`;
  const expires = Number(query.get('expires'));
  const given = Buffer.from(query.get('signature') ?? '', 'base64url');
  const expected = createHmac('sha256', secret).update(`${path}|${signed}|${expires}`).digest();
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'Lien d’aperçu invalide : ouvrez l’aperçu depuis l’administration.' };
  }
  if (!Number.isFinite(expires) || expires * 1000 < nowMs) {
    return { ok: false, reason: 'Lien d’aperçu expiré : rouvrez l’aperçu depuis l’administration.' };
  }
  return version === undefined ? { ok: true, status } : { ok: true, status: 'published', version };
};
