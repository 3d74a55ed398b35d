import { readFileSync } from 'node:fs';
import path from 'node:path';
import { contentTypeNames, contentTypes, defaultLocale, isCollectionType, isSingleType, locales } from '@bluehats/content-types';
import { createStrapiClient, StrapiClientError } from '@bluehats/strapi-client';
import { asEditViewSends, cmsDir, type StrapiServer } from '@bluehats/testkit';

/**
 * What editor-roles.test.ts needs to try every write the admin API exposes on every content type
 * (from the registry, so a type added later is tried too) and to see what the site build reads.
 */

type Attribute = { type: string; target?: string; relation?: string; maxLength?: number };
type Data = Record<string, unknown>;

const attributesOf = (uid: string): Record<string, Attribute> => {
  const name = uid.split('.').pop() ?? '';
  const schema = JSON.parse(readFileSync(path.join(cmsDir, 'src/api', name, 'content-types', name, 'schema.json'), 'utf8')) as { attributes: Record<string, Attribute> };
  return schema.attributes;
};

/**
 * Data an attacker would send for an entry of `uid`: what the edit view sends for an entry read
 * through the admin API, with every text changed, unique slugs renewed, and each relation
 * connected to a published entry of its target (how a tag reached a published article).
 */
export const alteredData = (uid: string, entry: Data, publishedOf: (targetUid: string) => string | undefined, mark: string): Data => {
  const data = asEditViewSends(entry);
  for (const [name, attribute] of Object.entries(attributesOf(uid))) {
    const value = entry[name];
    if (attribute.type === 'relation') {
      const target = attribute.target ? publishedOf(attribute.target) : undefined;
      if (target && !attribute.relation?.startsWith('morph')) data[name] = { connect: [target], disconnect: [] };
    } else if (attribute.type === 'uid' && typeof value === 'string') data[name] = `${mark.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${name}`;
    else if ((attribute.type === 'string' || attribute.type === 'text') && typeof value === 'string' && !/^(https?:|mailto:|\/)/.test(value)) {
      data[name] = `${mark} ${value}`.slice(0, attribute.maxLength ?? 200);
    }
  }
  return data;
};

export type Attempt = { method: string; path: string; body?: unknown };

const collectionPath = (uid: string, suffix = ''): string => `/content-manager/collection-types/${uid}${suffix}`;

/**
 * Every write the content manager exposes on one published entry of a collection type, single
 * writes and bulk actions: `created` for a new entry (and a copy), `changed` for the entry itself.
 */
export const collectionWrites = (uid: string, documentId: string, created: Data, changed: Data): Attempt[] => [
  { method: 'POST', path: collectionPath(uid), body: created },
  { method: 'POST', path: collectionPath(uid, `/clone/${documentId}`), body: created },
  { method: 'PUT', path: collectionPath(uid, `/${documentId}`), body: changed },
  { method: 'POST', path: collectionPath(uid, `/${documentId}/actions/publish`), body: changed },
  { method: 'POST', path: collectionPath(uid, `/${documentId}/actions/unpublish`), body: {} },
  { method: 'POST', path: collectionPath(uid, `/${documentId}/actions/unpublish`), body: { discardDraft: true } },
  { method: 'POST', path: collectionPath(uid, `/${documentId}/actions/discard`), body: {} },
  { method: 'POST', path: collectionPath(uid, '/actions/bulkPublish'), body: { documentIds: [documentId] } },
  { method: 'POST', path: collectionPath(uid, '/actions/bulkUnpublish'), body: { documentIds: [documentId] } },
  { method: 'POST', path: collectionPath(uid, '/actions/bulkDelete'), body: { documentIds: [documentId] } },
  { method: 'DELETE', path: collectionPath(uid, `/${documentId}`) },
];

/** Every write the content manager exposes on a single type. */
export const singleWrites = (uid: string, data: Data): Attempt[] => {
  const single = `/content-manager/single-types/${uid}`;
  return [
    { method: 'PUT', path: single, body: data },
    { method: 'POST', path: `${single}/actions/publish`, body: data },
    { method: 'POST', path: `${single}/actions/unpublish`, body: {} },
    { method: 'POST', path: `${single}/actions/discard`, body: {} },
    { method: 'DELETE', path: single },
  ];
};

export const collectionNames = contentTypeNames.filter(isCollectionType);
export const singleNames = contentTypeNames.filter(isSingleType);

/** The same attempts on the English version (`?locale=en`): what the English site would show. */
export const inEnglish = (attempts: readonly Attempt[]): Attempt[] =>
  attempts.map((attempt) => ({ ...attempt, path: `${attempt.path}${attempt.path.includes('?') ? '&' : '?'}locale=en` }));

/** Writes that put something on the public site or take it off: an account that may not publish gets 403, in any language. */
export const publishingWrite = (attempt: Attempt): boolean =>
  attempt.method === 'DELETE' || /\/actions\/(publish|unpublish|bulkPublish|bulkUnpublish|bulkDelete)(\?|$)/.test(attempt.path);

/** What the site build reads with its token: every published entry of every type in every language, populated as the build asks. */
export const buildReads = async (cms: StrapiServer): Promise<Record<string, unknown>> => {
  const client = createStrapiClient({ url: cms.url, token: cms.readToken, validate: false });
  const reads: Record<string, unknown> = {};
  for (const locale of locales) {
    const key = (name: string): string => (locale === defaultLocale ? name : `${name}@${locale}`);
    const asked = locale === defaultLocale ? {} : { locale };
    for (const name of collectionNames.filter((one) => locale === defaultLocale || contentTypes[one].localized)) reads[key(name)] = await client.findAll(name, asked);
    for (const name of singleNames.filter((one) => locale === defaultLocale || contentTypes[one].localized)) {
      // A single type not yet translated: Strapi answers 404, the English site shows the French one.
      reads[key(name)] = await client.findSingle(name, asked).catch((error: unknown) => (error instanceof StrapiClientError && error.status === 404 ? null : Promise.reject(error)));
    }
  }
  return reads;
};

/** The first file of the media library that the published content shows. */
export const publishedMediaId = (reads: unknown): number | undefined => {
  if (Array.isArray(reads)) return reads.map(publishedMediaId).find((id) => id !== undefined);
  if (!reads || typeof reads !== 'object') return undefined;
  const record = reads as Data;
  if (typeof record.url === 'string' && typeof record.mime === 'string' && typeof record.id === 'number') return record.id;
  return Object.values(record).map(publishedMediaId).find((id) => id !== undefined);
};

export { contentTypes };
