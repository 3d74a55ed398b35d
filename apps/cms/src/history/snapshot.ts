import type { Core, UID } from '@strapi/strapi';

/**
 * A published version as the site reads it, and back into a draft. Derived from Strapi's own
 * schemas at run time (the CMS server cannot load the registry's ESM sources): components, dynamic
 * zones and media are kept whole; related entries are kept with their own media and components
 * (what a page shows of a tag, a quote, a video), one level deep, as the registry's populate does.
 */

type Attribute = { type: string; target?: string; component?: string; components?: string[]; repeatable?: boolean; multiple?: boolean };
type Attributes = Record<string, Attribute>;
type Populate = Record<string, unknown>;
type Data = Record<string, unknown>;

const attributesOf = (strapi: Core.Strapi, uid: string): Attributes =>
  ((strapi.contentTypes[uid as UID.ContentType] ?? strapi.components[uid as UID.Component])?.attributes ?? {}) as Attributes;

// Strapi's own bookkeeping: never part of what an editor wrote.
const system = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations']);

export const snapshotPopulate = (strapi: Core.Strapi, uid: string, withRelations = true): Populate => {
  const populate: Populate = {};
  for (const [name, attribute] of Object.entries(attributesOf(strapi, uid))) {
    if (system.has(name)) continue;
    if (attribute.type === 'media') populate[name] = true;
    if (attribute.type === 'relation' && withRelations && attribute.target) {
      const inner = snapshotPopulate(strapi, attribute.target, false);
      populate[name] = Object.keys(inner).length ? { populate: inner } : true;
    }
    if (attribute.type === 'component' && attribute.component) {
      const inner = snapshotPopulate(strapi, attribute.component, withRelations);
      populate[name] = Object.keys(inner).length ? { populate: inner } : true;
    }
    if (attribute.type === 'dynamiczone') {
      const on: Populate = {};
      for (const component of attribute.components ?? []) {
        const inner = snapshotPopulate(strapi, component, withRelations);
        on[component] = Object.keys(inner).length ? { populate: inner } : true;
      }
      populate[name] = { on };
    }
  }
  return populate;
};

const records = (value: unknown): Data[] => (Array.isArray(value) ? value : value ? [value] : []).filter((v): v is Data => !!v && typeof v === 'object');

/** What still exists of what a version pointed at: a related entry or a file deleted since is left out. */
export type Existing = { documents: (target: string, documentIds: string[]) => Promise<Set<string>>; files: (ids: number[]) => Promise<Set<number>> };

const componentData = async (strapi: Core.Strapi, uid: string, value: Data, existing: Existing): Promise<Data> => {
  const data: Data = {};
  for (const [name, attribute] of Object.entries(attributesOf(strapi, uid))) {
    if (system.has(name) || !(name in value)) continue;
    const field = value[name];
    if (attribute.type === 'relation') {
      const ids = records(field).map((r) => String(r.documentId));
      const kept = attribute.target ? await existing.documents(attribute.target, ids) : new Set<string>();
      const set = ids.filter((id) => kept.has(id));
      // By documentId, which `set` accepts for one or many: the draft points at the same entries.
      data[name] = { set };
    } else if (attribute.type === 'media') {
      const ids = records(field).map((file) => Number(file.id));
      const kept = await existing.files(ids);
      const set = ids.filter((id) => kept.has(id));
      data[name] = attribute.multiple ? set : (set[0] ?? null);
    } else if (attribute.type === 'component' && attribute.component) {
      const items = await Promise.all(records(field).map((item) => componentData(strapi, attribute.component as string, item, existing)));
      data[name] = attribute.repeatable ? items : (items[0] ?? null);
    } else if (attribute.type === 'dynamiczone') {
      data[name] = await Promise.all(
        records(field).map(async (item) => ({ __component: item.__component, ...(await componentData(strapi, String(item.__component), item, existing)) })),
      );
    } else {
      data[name] = field;
    }
  }
  return data;
};

/** The fields a draft is written with to become this version again; `left` are fields the draft keeps as they are. */
export const draftDataOf = (strapi: Core.Strapi, uid: string, snapshot: Data, existing: Existing, left: readonly string[]): Promise<Data> =>
  componentData(strapi, uid, Object.fromEntries(Object.entries(snapshot).filter(([name]) => !left.includes(name))), existing);

export const existingIn = (strapi: Core.Strapi): Existing => ({
  async documents(target, documentIds) {
    if (!documentIds.length) return new Set();
    const rows = (await strapi.db.query(target as UID.Schema).findMany({ where: { documentId: { $in: documentIds } }, select: ['documentId'] })) as Array<{ documentId: string }>;
    return new Set(rows.map((row) => row.documentId));
  },
  async files(ids) {
    if (!ids.length) return new Set();
    const rows = (await strapi.db.query('plugin::upload.file').findMany({ where: { id: { $in: ids } }, select: ['id'] })) as Array<{ id: number }>;
    return new Set(rows.map((row) => Number(row.id)));
  },
});
