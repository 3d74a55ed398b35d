import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import type { EditorLabels } from './editor-labels.data';

type LabelsModule = { default: EditorLabels };

/**
 * The labels of each of the application's content types, read from labels.ts beside its schema
 * (compiled to labels.js in dist): a new type brings its labels with it, no list names it. A type
 * without that file is logged and keeps Strapi's labels.
 */
export const contentTypeLabelFiles = (strapi: Core.Strapi): Array<[string, EditorLabels]> =>
  Object.entries(strapi.contentTypes).flatMap(([uid, contentType]): Array<[string, EditorLabels]> => {
    const { apiName, modelName } = contentType;
    if (!uid.startsWith('api::') || apiName === undefined) return [];
    const file = path.join(strapi.dirs.dist.api, apiName, 'content-types', modelName, 'labels.js');
    if (!existsSync(file)) {
      strapi.log.warn(`Libellés de l’administration : ${uid} n’a pas de labels.ts à côté de son schéma.`);
      return [];
    }
    return [[uid, (require(file) as LabelsModule).default]];
  });
