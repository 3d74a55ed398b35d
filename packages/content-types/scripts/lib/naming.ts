import type { ComponentModel, ContentTypeModel } from './strapi-schema';

const pascal = (value: string): string =>
  value
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part.length > 0)
    .map((part) => part[0]?.toUpperCase() + part.slice(1))
    .join('');

/** `api::project-call.project-call` → `ProjectCall` */
export const contentTypeName = (model: ContentTypeModel): string => pascal(model.info.singularName);

/** The related entry without its own relations, media or components: `ArticleScalars`. */
export const scalarsName = (model: ContentTypeModel): string => `${contentTypeName(model)}Scalars`;

/** `blocks.rich-text` → `BlocksRichText` */
export const componentName = (uid: string): string => pascal(uid);

/** Item of the `body` dynamic zone of Article → `ArticleBodyBlock` */
export const dynamicZoneName = (owner: string, field: string): string => `${owner}${pascal(field)}Block`;

/** Strapi's REST route segment: plural for collections, singular for single types. */
export const apiName = (model: ContentTypeModel): string =>
  model.kind === 'singleType' ? model.info.singularName : model.info.pluralName;

export const schemaConst = (typeName: string): string => `${typeName}Schema`;

export const compareNames = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The site's collection of a type (content.config.ts): `project-calls` → `projectCalls`. */
export const collectionName = (model: ContentTypeModel): string =>
  model.info.pluralName.replace(/-([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
