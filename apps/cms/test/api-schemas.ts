import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { cmsDir } from '@bluehats/testkit';

export type ApiSchema = {
  kind: string;
  info: { singularName: string };
  options?: { draftAndPublish?: boolean };
  pluginOptions?: { i18n?: { localized?: boolean } };
  attributes: Record<string, unknown>;
};

const apiDir = path.join(cmsDir, 'src/api');

/** Every type's schema.json as Strapi reads it, by API name: what the tests of attributes repeated in each schema compare. */
export const apiSchemas = (): Array<[string, ApiSchema]> =>
  readdirSync(apiDir).map((name): [string, ApiSchema] => [name, JSON.parse(readFileSync(path.join(apiDir, name, 'content-types', name, 'schema.json'), 'utf8')) as ApiSchema]);
