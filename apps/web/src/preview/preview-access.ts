import { checkPreviewLink } from '../lib/preview-token';

/** Who may see this preview: the admin's signed link, or a shared link (with its end). */
export type PreviewAccess =
  | { ok: true; status: 'draft' | 'published'; sharedUntil?: string; version?: number }
  | { ok: false; httpStatus: number; reason: string; shared: boolean };

type ShareState = { state: 'live'; expiresAt: string } | { state: 'expired' | 'revoked' | 'unknown' };

type AccessRequest = { url: URL; section: string; documentId: string; secret: string; cmsUrl: string; previewToken: string; nowMs: number };

/**
 * A shared link is checked with the CMS at every request rather than signed, so that the editor's
 * revocation, or its expiry, takes effect on the next opening (apps/cms/src/preview/shared).
 */
const checkShared = async (token: string, { section, documentId, cmsUrl, previewToken }: AccessRequest): Promise<PreviewAccess> => {
  const refused = (httpStatus: number, reason: string): PreviewAccess => ({ ok: false, httpStatus, reason, shared: true });
  let answer: Response;
  try {
    answer = await fetch(`${cmsUrl.replace(/\/+$/, '')}/api/apercus-partages/verification`, {
      method: 'POST',
      headers: { authorization: `Bearer ${previewToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ token, section, documentId }),
    });
  } catch {
    return refused(503, 'Le service d’aperçu ne répond pas pour le moment. Réessayez dans quelques minutes.');
  }
  if (!answer.ok) return refused(answer.status === 400 ? 404 : 503, 'Ce lien de partage ne peut pas être vérifié pour le moment. Réessayez dans quelques minutes.');
  const { data } = (await answer.json()) as { data: ShareState };
  if (data.state === 'live') return { ok: true, status: 'draft', sharedUntil: data.expiresAt };
  if (data.state === 'expired') return refused(410, 'Ce lien de partage a expiré. Demandez un nouveau lien à la personne qui vous l’a envoyé.');
  if (data.state === 'revoked') return refused(410, 'Ce lien de partage a été révoqué. Demandez un nouveau lien à la personne qui vous l’a envoyé.');
  return refused(404, 'Ce lien de partage n’existe pas. Vérifiez qu’il a été copié en entier.');
};

export const previewAccess = async (request: AccessRequest): Promise<PreviewAccess> => {
  if (!request.secret) return { ok: false, httpStatus: 401, reason: 'Aperçu désactivé : PREVIEW_SECRET n’est pas défini sur ce serveur.', shared: false };
  const token = request.url.searchParams.get('partage');
  if (token !== null) return checkShared(token, request);
  const check = checkPreviewLink({ path: request.url.pathname, query: request.url.searchParams, secret: request.secret, nowMs: request.nowMs });
  if (check.ok && check.version !== undefined) return { ok: true, status: check.status, version: check.version };
  return check.ok ? { ok: true, status: check.status } : { ok: false, httpStatus: 401, reason: check.reason, shared: false };
};
