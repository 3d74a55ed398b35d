import { buildDefinitions, BLOCKS_SCHEMA, MEDIA_SCHEMA } from './build-definitions';
import { buildPopulate } from './build-populate';
import { embeddedTypes } from './embeds';
import { apiName, collectionName, compareNames, schemaConst } from './naming';
import { orderDefinitions } from './order-definitions';
import { readModel } from './read-schemas';
import { embedFor } from './relations';
import { renderLiteral } from './render-literal';
import { propertyKey, quote } from './source';
import { languageRule, type Model } from './strapi-schema';

const HEADER = `// Fichier généré : ne pas modifier à la main.
// Source : apps/cms/src/api/*/content-types/*/schema.json et apps/cms/src/components/**/*.json
// Pour régénérer : npm run types (depuis la racine du dépôt)`;

const IMPORT_FROM: Record<string, string> = {
  [BLOCKS_SCHEMA]: './blocks',
  [MEDIA_SCHEMA]: './media',
};

const renderLocales = ({ locales }: Model): string =>
  [
    '/** The site\'s languages (apps/cms/src/i18n/locales.json); REST without `locale` answers in the default one. */',
    `export const locales = [${locales.locales.map((locale) => quote(locale.code)).join(', ')}] as const;`,
    'export type Locale = (typeof locales)[number];',
    `export const defaultLocale = ${quote(locales.defaultLocale)} satisfies Locale;`,
  ].join('\n');

const renderRegistry = (model: Model, fullNames: ReadonlyMap<string, string>): string => {
  const entries = [...model.contentTypes.values()]
    .map((contentType) => ({ contentType, key: apiName(contentType) }))
    .sort((a, b) => compareNames(a.key, b.key));
  // A translated type's fields that are the same in every language (writing one locale writes them for all), in a stable order.
  const sharedFields = (contentType: (typeof entries)[number]['contentType']): string[] =>
    languageRule(contentType) === true
      ? Object.entries(contentType.attributes).flatMap(([name, attribute]) => (languageRule(attribute) === false ? [name] : [])).sort(compareNames)
      : [];
  const blocks = entries.map(({ contentType, key }) => {
    const name = fullNames.get(contentType.uid);
    if (name === undefined) throw new Error(`Pas de schéma pour ${contentType.uid}`);
    const populate = renderLiteral(buildPopulate(model, contentType.attributes, embedFor('contentType'), [contentType.uid]), '    ');
    const embeds = embeddedTypes(model, contentType.uid).map(quote).join(', ');
    const route = contentType.route === null ? 'null' : renderLiteral({ ...contentType.route, en: contentType.route.en ?? null }, '    ');
    return [
      `  ${propertyKey(key)}: {`,
      `    uid: ${quote(contentType.uid)},`,
      `    kind: ${quote(contentType.kind)},`,
      `    singularName: ${quote(contentType.info.singularName)},`,
      `    collection: ${quote(collectionName(contentType))},`,
      `    draftAndPublish: ${String(contentType.options?.draftAndPublish === true)},`,
      `    localized: ${String(languageRule(contentType) === true)},`,
      `    sharedFields: [${sharedFields(contentType).map(quote).join(', ')}],`,
      `    embeds: [${embeds}],`,
      `    route: ${route},`,
      `    schema: ${schemaConst(name)},`,
      `    populate: ${populate},`,
      '  },',
    ].join('\n');
  });
  return [
    renderLocales(model),
    '/** Every content type of the REST API, keyed by its route segment (/api/<key>). */',
    `export const contentTypes = {\n${blocks.join('\n')}\n} as const satisfies Record<string, ContentTypeDefinition>;`,
  ].join('\n');
};

/** The full text of src/generated.ts for the given Strapi model (read from apps/cms by default). */
export const generate = (model: Model = readModel()): string => {
  const { definitions, imports, fullNames } = buildDefinitions(model);
  const importLines = [...imports]
    .sort(compareNames)
    .map((name) => `import { ${name} } from ${quote(IMPORT_FROM[name] ?? '')};`);
  const body = orderDefinitions(definitions).map(
    ({ name, expression }) =>
      `export const ${schemaConst(name)} = ${expression};\nexport type ${name} = z.infer<typeof ${schemaConst(name)}>;`,
  );
  return [
    HEADER,
    ["import { z } from 'zod';", ...importLines, "import type { ContentTypeDefinition } from './populate';"].join('\n'),
    ...body,
    renderRegistry(model, fullNames),
  ].join('\n\n') + '\n';
};
