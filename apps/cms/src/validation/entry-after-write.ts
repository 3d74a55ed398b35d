import type { Core, UID } from '@strapi/strapi';
import { sharedFieldsForNewVersion } from '../i18n/shared-fields';
import { relationAfterWrite, type Ref } from './relation-delta';

/**
 * The entry as it will be once a create or update is written: the stored draft (components and
 * the relations inside them loaded) with the sent fields applied the way Strapi applies them.
 * Rules then read relations as plain values: `Ref | null` for a single one, `Ref[]` for a list.
 *
 * Components are matched by id, as Strapi does: an item sent with the id of a stored component
 * updates it (fields not sent keep their value); an item without id is a new component.
 */

type Data = Record<string, unknown>;
type Attribute = { type: string; relation?: string; multiple?: boolean; component?: string; components?: string[]; target?: string };
type Attributes = Record<string, Attribute>;
type Populate = { [name: string]: true | { populate: Populate } | { on: Record<string, true | { populate: Populate }> } };

const isRecord = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);

// Bookkeeping relations that no rule reads and that the document service populates poorly.
const ignored = new Set(['createdBy', 'updatedBy', 'localizations']);

const singleRelation = (attribute: Attribute): boolean =>
  attribute.type === 'media' ? attribute.multiple !== true : !/Many$|^manyWay$/.test(attribute.relation ?? '');

const componentAttributes = (strapi: Core.Strapi, uid: string): Attributes =>
  (strapi.getModel(uid as UID.Component)?.attributes ?? {}) as Attributes;

/** Populate clause reaching every relation and media field, through components and dynamic zones. */
const populateFor = (strapi: Core.Strapi, attributes: Attributes): Populate => {
  const populate: Populate = {};
  for (const [name, attribute] of Object.entries(attributes)) {
    if (ignored.has(name)) continue;
    if (attribute.type === 'relation' || attribute.type === 'media') populate[name] = true;
    if (attribute.type === 'component' && attribute.component) populate[name] = componentPopulate(strapi, attribute.component);
    if (attribute.type === 'dynamiczone') {
      populate[name] = { on: Object.fromEntries((attribute.components ?? []).map((uid) => [uid, componentPopulate(strapi, uid)])) };
    }
  }
  return populate;
};

const componentPopulate = (strapi: Core.Strapi, uid: string): true | { populate: Populate } => {
  const inner = populateFor(strapi, componentAttributes(strapi, uid));
  return Object.keys(inner).length > 0 ? { populate: inner } : true;
};

const sameComponent = (stored: unknown, sent: Data, componentUid?: string): stored is Data =>
  isRecord(stored) &&
  sent.id !== undefined &&
  String(stored.id) === String(sent.id) &&
  (componentUid === undefined || stored.__component === componentUid);

const mergeComponent = (strapi: Core.Strapi, uid: string, storedList: unknown[], sent: unknown, zone: boolean): unknown => {
  if (!isRecord(sent)) return sent;
  const componentUid = zone ? String(sent.__component ?? '') : uid;
  const stored = storedList.find((item) => sameComponent(item, sent, zone ? componentUid : undefined));
  return mergeAttributes(strapi, componentAttributes(strapi, componentUid), stored ?? {}, sent);
};

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === null || value === undefined ? [] : [value]);

const mergeAttributes = (strapi: Core.Strapi, attributes: Attributes, stored: Data, sent: Data): Data => {
  const result: Data = { ...stored };
  for (const [name, attribute] of Object.entries(attributes)) {
    if (attribute.type === 'relation' || attribute.type === 'media') {
      if (ignored.has(name)) continue;
      const refs: Ref[] = relationAfterWrite(stored[name], sent[name]);
      result[name] = singleRelation(attribute) ? (refs.at(-1) ?? null) : refs;
    }
  }
  for (const [name, value] of Object.entries(sent)) {
    const attribute = attributes[name];
    if (attribute?.type === 'component' && attribute.component) {
      const storedItems = list(stored[name]);
      result[name] = Array.isArray(value)
        ? value.map((item) => mergeComponent(strapi, attribute.component ?? '', storedItems, item, false))
        : mergeComponent(strapi, attribute.component, storedItems, value, false);
    } else if (attribute?.type === 'dynamiczone') {
      const storedItems = list(stored[name]);
      result[name] = list(value).map((item) => mergeComponent(strapi, '', storedItems, item, true));
    } else if (attribute?.type !== 'relation' && attribute?.type !== 'media') {
      result[name] = value;
    }
  }
  return result;
};

export const entryAfterWrite = async (
  strapi: Core.Strapi,
  uid: string,
  sent: Data,
  target: { documentId?: string; locale?: string },
): Promise<Data> => {
  const attributes = (strapi.contentType(uid as UID.ContentType)?.attributes ?? {}) as Attributes;
  let stored: Data = {};
  if (target.documentId) {
    const documentId = target.documentId;
    const draftIn = async (locale: string | undefined): Promise<Data | null> => {
      const draft = await strapi.documents(uid as UID.ContentType).findOne({
        documentId,
        status: 'draft',
        ...(locale ? { locale } : {}),
        populate: populateFor(strapi, attributes) as never,
      });
      return isRecord(draft) ? draft : null;
    };
    // A new language version: its shared fields will be the default language's (an English event's dates and place).
    stored = (await draftIn(target.locale)) ?? sharedFieldsForNewVersion(strapi, uid, target.locale, await draftIn(undefined));
  }
  return mergeAttributes(strapi, attributes, stored, sent);
};
