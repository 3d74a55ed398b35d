import type { Core, UID } from '@strapi/strapi';
import { contentTypeLabelFiles } from '../bootstrap/content-type-labels';
import { componentLabels, type EditorLabels } from '../bootstrap/editor-labels.data';
import type { Schemas } from './links-of';

/** Strapi's schemas and our French field labels, as links-of.ts reads them. */
export const schemasOf = (strapi: Core.Strapi): Schemas => {
  const labels = new Map<string, EditorLabels>([...contentTypeLabelFiles(strapi), ...Object.entries(componentLabels)]);
  return {
    attributesOf: (uid) => ((strapi.contentTypes[uid as UID.ContentType] ?? strapi.components[uid as UID.Component])?.attributes ?? {}) as ReturnType<Schemas['attributesOf']>,
    labelOf: (uid, field) => labels.get(uid)?.fields[field]?.label ?? field,
  };
};
