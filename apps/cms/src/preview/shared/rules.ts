import { createHash, randomBytes } from 'node:crypto';
import { yup } from '@strapi/utils';
import { previewSections } from '../preview-link';

/** The longest a shared link may live: beyond a week, publishing (or a new link) is the answer. */
export const maxShareSeconds = 7 * 24 * 3600;

export const createRequest = yup
  .object({
    uid: yup.string().oneOf(Object.keys(previewSections)).required(),
    documentId: yup.string().max(64).required(),
    durationSeconds: yup.number().integer().min(1).max(maxShareSeconds).required(),
  })
  .noUnknown();

export const checkRequest = yup
  .object({
    token: yup.string().max(200).required(),
    section: yup.string().max(64).required(),
    documentId: yup.string().max(64).required(),
  })
  .noUnknown();

/** 256 random bits: the link is the only credential its reader has, so it must not be guessable. */
export const newShareToken = (): string => randomBytes(32).toString('base64url');

/** Only this is stored: a copy of the database does not open any shared preview. */
export const hashShareToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** The preview server's page for the document; the token is the reader's only credential. */
export const sharedLink = (baseUrl: string, uid: string, documentId: string, token: string): string | null => {
  const section = previewSections[uid];
  if (!section) return null;
  const query = new URLSearchParams({ partage: token });
  return `${baseUrl.replace(/\/+$/, '')}/apercu/${section}/${encodeURIComponent(documentId)}/?${query}`;
};
