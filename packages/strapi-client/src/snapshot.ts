import { contentTypeNames, isCollectionType, type ContentTypeName } from '@bluehats/content-types';
import type { LocaleOption, StrapiClient } from './client';

/**
 * Everything the site is built from, as one JSON-able object: every published entry of each
 * collection type, each single type's one entry. The shape the site reads back as CONTENT_SNAPSHOT
 * (apps/web/src/engine/content/content-source.ts).
 */
export type ContentSnapshot = Partial<Record<ContentTypeName, unknown>>;

export const readSnapshot = async (client: StrapiClient, options: LocaleOption = {}): Promise<ContentSnapshot> => {
  const snapshot: ContentSnapshot = {};
  for (const name of contentTypeNames) snapshot[name] = isCollectionType(name) ? await client.findAll(name, options) : await client.findSingle(name, options);
  return snapshot;
};
