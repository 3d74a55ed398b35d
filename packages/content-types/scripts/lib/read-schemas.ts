import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import {
  ComponentFileSchema,
  ContentTypeFileSchema,
  LocalesFileSchema,
  languageRule,
  RouteFileSchema,
  type ComponentModel,
  type ContentTypeModel,
  type Model,
} from './strapi-schema';

export const CMS_SRC = fileURLToPath(new URL('../../../../apps/cms/src/', import.meta.url));

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const listDirs = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort(byName);

const parseFile = <T>(path: string, schema: z.ZodType<T>): T => {
  const result = schema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Schéma Strapi non pris en charge dans ${path} :\n  ${issues.join('\n  ')}`);
  }
  return result.data;
};

/**
 * On a translated type Strapi shares every field not marked `localized: true`: a field forgotten
 * there would silently be the same in both languages. Each one must say which it is (relations and
 * uids excepted: Strapi always gives them one value per language).
 */
const checkLocalizedFields = (path: string, file: z.infer<typeof ContentTypeFileSchema>): void => {
  if (languageRule(file) !== true) return;
  const silent = Object.entries(file.attributes)
    .filter(([, attribute]) => attribute.type !== 'relation' && attribute.type !== 'uid' && languageRule(attribute) === undefined)
    .map(([name]) => name);
  if (silent.length > 0) {
    throw new Error(
      `Type traduit sans règle de langue dans ${path} : ${silent.join(', ')} — ajoutez "pluginOptions": { "i18n": { "localized": true } } (traduit) ou false (commun aux langues), voir apps/cms/README.md.`,
    );
  }
};

const readContentTypes = (apiDir: string): Map<string, ContentTypeModel> => {
  const models = new Map<string, ContentTypeModel>();
  for (const api of listDirs(apiDir)) {
    const typesDir = join(apiDir, api, 'content-types');
    let names: string[];
    try {
      names = listDirs(typesDir);
    } catch {
      continue; // an API folder may hold only custom routes
    }
    for (const name of names) {
      const schemaFile = join(typesDir, name, 'schema.json');
      const file = parseFile(schemaFile, ContentTypeFileSchema);
      checkLocalizedFields(schemaFile, file);
      const routeFile = join(typesDir, name, 'route.json');
      const route = existsSync(routeFile) ? parseFile(routeFile, RouteFileSchema) : null;
      const uid = `api::${api}.${name}`;
      models.set(uid, { ...file, uid, route });
    }
  }
  return models;
};

const readComponents = (componentsDir: string): Map<string, ComponentModel> => {
  const models = new Map<string, ComponentModel>();
  for (const category of listDirs(componentsDir)) {
    const files = readdirSync(join(componentsDir, category))
      .filter((file) => file.endsWith('.json'))
      .sort(byName);
    for (const file of files) {
      const uid = `${category}.${file.slice(0, -'.json'.length)}`;
      models.set(uid, { ...parseFile(join(componentsDir, category, file), ComponentFileSchema), uid });
    }
  }
  return models;
};

export const readModel = (cmsSrc: string = CMS_SRC): Model => ({
  contentTypes: readContentTypes(join(cmsSrc, 'api')),
  components: readComponents(join(cmsSrc, 'components')),
  locales: parseFile(join(cmsSrc, 'i18n', 'locales.json'), LocalesFileSchema),
});
