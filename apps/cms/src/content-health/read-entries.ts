import type { Core, UID } from '@strapi/strapi';
import { pagePaths, previewSections } from '../preview/preview-sections';
import { defaultLocale, isTranslated, localeCodes } from '../i18n/locales';
import type { BrokenLink } from '../link-check/broken-link-text';
import { linkCheckStore } from '../link-check/store';
import type { Context, Entry } from './findings';
import { requestedLocale, translationRequestField } from '../i18n/translation-request';

type Attribute = { type: string; components?: string[]; component?: string; target?: string };
type Populate = Record<string, unknown>;

// The fields the checks read on a related entry (a library quote, a video, a recording), where the target has them.
const checkedOnRelated = ['title', 'authorName'];
const relatedFields = (strapi: Core.Strapi, target: string | undefined): Populate | true => {
  const attributes = (target && strapi.contentTypes[target as UID.ContentType]?.attributes) || {};
  const fields = checkedOnRelated.filter((field) => field in attributes);
  return fields.length ? { fields } : true;
};

/** Media and relations of one level, and of each component of a dynamic zone: what the checks look at. */
const populateOf = (strapi: Core.Strapi, attributes: Record<string, Attribute>): Populate => {
  const populate: Populate = {};
  for (const [name, attribute] of Object.entries(attributes)) {
    if (attribute.type === 'media') populate[name] = { fields: ['id'] };
    if (attribute.type === 'relation') populate[name] = relatedFields(strapi, attribute.target);
    if (attribute.type === 'dynamiczone') {
      const on: Populate = {};
      for (const component of attribute.components ?? []) {
        const inner = populateOf(strapi, (strapi.components[component as UID.Component]?.attributes ?? {}) as Record<string, Attribute>);
        on[component] = Object.keys(inner).length ? { populate: inner } : true;
      }
      populate[name] = { on };
    }
  }
  return populate;
};

/**
 * Which entries of a type the reader may open: undefined when none, otherwise the filters to read
 * them with (those of the conditions on its permission, e.g. « only the entries it created »).
 */
export type Readable = (uid: string) => Promise<{ filters?: unknown } | undefined>;

// Translations are checked once published (saved, for a type without drafts): a draft being translated is work under way.
const translations = localeCodes.filter((code) => code !== defaultLocale);

/**
 * Our own collection types (src/api), each with its French name: the latest version of every entry
 * the reader may open (its French draft), and the published translations of translated types.
 */
export const readEntries = async (strapi: Core.Strapi, readable: Readable): Promise<Entry[]> => {
  const entries: Entry[] = [];
  for (const [uid, contentType] of Object.entries(strapi.contentTypes)) {
    if (!uid.startsWith('api::') || contentType.kind !== 'collectionType') continue;
    const allowed = await readable(uid);
    if (!allowed) continue;
    const attributes = contentType.attributes as Record<string, Attribute>;
    const documents = strapi.documents(uid as UID.CollectionType);
    const read = async (query: { status?: 'draft' | 'published'; locale?: string }) =>
      (await documents.findMany({
        ...query,
        ...(allowed.filters ? { filters: allowed.filters } : {}),
        populate: populateOf(strapi, attributes),
        limit: -1,
      } as Parameters<typeof documents.findMany>[0])) as Array<Record<string, unknown>>;
    const drafts = contentType.options?.draftAndPublish === true;
    for (const data of await read(drafts ? { status: 'draft' } : {})) entries.push({ uid, type: contentType.info.displayName, data });
    if (!isTranslated(contentType as Parameters<typeof isTranslated>[0])) continue;
    for (const locale of translations) {
      for (const data of await read({ locale, ...(drafts ? { status: 'published' as const } : {}) })) entries.push({ uid, type: contentType.info.displayName, data, locale });
    }
  }
  return entries;
};

/** Documents of the types with « Traduction anglaise demandée » whose English version is online. */
const readTranslated = async (strapi: Core.Strapi): Promise<Set<string>> => {
  const translated = new Set<string>();
  for (const [uid, contentType] of Object.entries(strapi.contentTypes)) {
    if (!(translationRequestField in contentType.attributes)) continue;
    const online = (await strapi.documents(uid as UID.CollectionType).findMany({
      locale: requestedLocale,
      ...(contentType.options?.draftAndPublish ? { status: 'published' } : {}),
      fields: ['documentId'],
      limit: -1,
    } as never)) as Array<{ documentId: string }>;
    for (const { documentId } of online) translated.add(`${uid}|${documentId}`);
  }
  return translated;
};

/** What internal links may point at (the published slugs of each section with a page per entry, in each language), and the external links found broken. */
export const readContext = async (strapi: Core.Strapi, now = Date.now()): Promise<Context> => {
  const publishedSlugs = new Map<string, Set<string>>();
  for (const uid of Object.keys(previewSections)) {
    for (const [locale, path] of Object.entries(pagePaths[uid] ?? {})) {
      const published = (await strapi.documents(uid as UID.CollectionType).findMany({ status: 'published', locale, fields: ['slug'], limit: -1 } as never)) as Array<{ slug?: string }>;
      publishedSlugs.set(path, new Set(published.map((entry) => entry.slug ?? '')));
    }
  }
  const brokenLinks = new Map<string, BrokenLink[]>();
  for (const link of await linkCheckStore(strapi).broken()) {
    const key = `${link.uid}|${link.documentId}`;
    brokenLinks.set(key, [...(brokenLinks.get(key) ?? []), link]);
  }
  return { publishedSlugs, now, brokenLinks, translated: await readTranslated(strapi) };
};
