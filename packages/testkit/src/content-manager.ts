import { adminJwt } from './admin-api.js';
import type { StrapiServer } from './strapi-server.js';

/**
 * The admin's content manager API, called the way the admin's edit view calls it: a document is
 * read with its relations counted (`{ count }`), and saved back with every relation it did not
 * touch sent as an empty delta, `{ connect: [], disconnect: [] }`.
 */

type Json = Record<string, unknown>;
export type ContentManager = {
  read: (uid: string, documentId: string) => Promise<Json>;
  list: (uid: string, query?: string) => Promise<Json[]>;
  /** PUT of the edit view's "Enregistrer"; returns the status and Strapi's error message, if any. */
  save: (uid: string, documentId: string, data: Json) => Promise<{ status: number; message: string }>;
  publish: (uid: string, documentId: string, data: Json) => Promise<{ status: number; message: string }>;
  collectionTypes: () => Promise<string[]>;
};

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

// Read-only keys the edit view never sends back.
const readOnly = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'localizations', 'status', 'locale']);

const untouched = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(untouched);
  if (!isRecord(value)) return value;
  const keys = Object.keys(value);
  if (keys.length === 1 && keys[0] === 'count' && typeof value.count === 'number') return { connect: [], disconnect: [] };
  return Object.fromEntries(keys.map((key) => [key, untouched(value[key])]));
};

/** The body the edit view sends when the editor saves a document without touching its relations. */
export const asEditViewSends = (document: Json): Json =>
  Object.fromEntries(Object.entries(document).filter(([key]) => !readOnly.has(key)).map(([key, value]) => [key, untouched(value)]));

export const contentManager = async (cms: StrapiServer): Promise<ContentManager> => {
  const headers = { authorization: `Bearer ${await adminJwt(cms)}`, 'content-type': 'application/json' };
  const base = `${cms.url}/content-manager/collection-types`;
  const send = async (method: string, url: string, data: Json): Promise<{ status: number; message: string }> => {
    const response = await fetch(url, { method, headers, body: JSON.stringify(data) });
    const body = (await response.json()) as { error?: { message?: string } };
    return { status: response.status, message: body.error?.message ?? '' };
  };
  return {
    read: async (uid, documentId) => {
      const response = await fetch(`${base}/${uid}/${documentId}`, { headers });
      if (!response.ok) throw new Error(`GET ${uid}/${documentId} → ${response.status}`);
      return ((await response.json()) as { data: Json }).data;
    },
    list: async (uid, query = '') => {
      const response = await fetch(`${base}/${uid}?pageSize=100${query ? `&${query}` : ''}`, { headers });
      if (!response.ok) throw new Error(`GET ${uid} → ${response.status}`);
      return ((await response.json()) as { results: Json[] }).results;
    },
    save: (uid, documentId, data) => send('PUT', `${base}/${uid}/${documentId}`, data),
    publish: (uid, documentId, data) => send('POST', `${base}/${uid}/${documentId}/actions/publish`, data),
    collectionTypes: async () => {
      const response = await fetch(`${cms.url}/content-manager/content-types`, { headers });
      const { data } = (await response.json()) as { data: Array<{ uid: string; kind: string; isDisplayed: boolean }> };
      return data.filter((type) => type.kind === 'collectionType' && type.isDisplayed && type.uid.startsWith('api::')).map((type) => type.uid);
    },
  };
};

export type UnchangedSave = { uid: string; documentId: string; label: string; status: number; message: string };

/** Saves every entry of every collection type back unchanged, as an editor would by opening it and clicking "Enregistrer". */
export const saveEveryEntryUnchanged = async (cms: StrapiServer): Promise<UnchangedSave[]> => {
  const manager = await contentManager(cms);
  const saves: UnchangedSave[] = [];
  for (const uid of await manager.collectionTypes()) {
    for (const entry of await manager.list(uid)) {
      const documentId = String(entry.documentId);
      const document = await manager.read(uid, documentId);
      const { status, message } = await manager.save(uid, documentId, asEditViewSends(document));
      saves.push({ uid, documentId, label: String(document.title ?? document.name ?? document.text ?? documentId).slice(0, 80), status, message });
    }
  }
  return saves;
};
