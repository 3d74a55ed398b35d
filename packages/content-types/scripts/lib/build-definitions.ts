import {
  componentName,
  compareNames,
  contentTypeName,
  dynamicZoneName,
  scalarsName,
  schemaConst,
} from './naming';
import { propertyKey, quote } from './source';
import { embedFor, isToMany, type Embed } from './relations';
import { isExposed, isScalar, scalarExpression } from './scalar-expression';
import { languageRule, type Attribute, type Attributes, type ContentTypeModel, type Model } from './strapi-schema';

export const MEDIA_SCHEMA = 'MediaSchema';
export const BLOCKS_SCHEMA = 'BlocksContentSchema';

/** One exported `<Name>Schema` constant and its `<Name>` type. */
export type Definition = {
  name: string;
  expression: string;
  /** Names of the other definitions the expression refers to. */
  deps: string[];
};

export type Definitions = {
  definitions: Map<string, Definition>;
  /** Hand-written schemas the generated code refers to. */
  imports: Set<string>;
  /** Content type uid → name of its full definition. */
  fullNames: Map<string, string>;
};

const objectExpression = (fields: Array<[string, string]>): string => {
  const lines = fields.map(([key, value]) => `  ${propertyKey(key)}: ${value},`);
  return `z.object({\n${lines.join('\n')}\n})`;
};

const nullableUnlessRequired = (expression: string, attribute: Attribute): string =>
  attribute.required === true ? expression : `${expression}.nullable().optional()`;

// Repeatable components, dynamic zones and to-many relations come back as [] when empty,
// never null, so they are plain arrays.
const list = (item: string, attribute: { required?: boolean | undefined; min?: number | undefined; max?: number | undefined }): string => {
  const min = attribute.required === true && attribute.min !== undefined ? `.min(${attribute.min})` : '';
  const max = attribute.max !== undefined ? `.max(${attribute.max})` : '';
  return `z.array(${item})${min}${max}`;
};

const ID = 'z.number().int()';
const TIMESTAMP = 'z.string().datetime({ offset: true })';

const sortedEntries = (attributes: Attributes): Array<[string, Attribute]> =>
  Object.entries(attributes)
    .filter(([, attribute]) => isExposed(attribute))
    .sort(([a], [b]) => compareNames(a, b));

export const buildDefinitions = (model: Model): Definitions => {
  const definitions = new Map<string, Definition>();
  const imports = new Set<string>();
  const fullNames = new Map<string, string>();
  const building: string[] = [];
  const sources = new Map<string, string>();

  const define = (name: string, source: string, build: (deps: Set<string>) => string): string => {
    const known = sources.get(name);
    if (known !== undefined && known !== source) {
      throw new Error(`Nom généré en double : ${name} (${known} et ${source})`);
    }
    sources.set(name, source);
    if (definitions.has(name)) return name;
    if (building.includes(name)) {
      throw new Error(`Inclusion circulaire : ${[...building, name].join(' → ')}`);
    }
    building.push(name);
    const deps = new Set<string>();
    const expression = build(deps);
    building.pop();
    definitions.set(name, { name, expression, deps: [...deps].sort(compareNames) });
    return name;
  };

  const contentType = (uid: string) => {
    const found = model.contentTypes.get(uid);
    if (!found) throw new Error(`Relation vers ${uid}, qui n'est pas un type de contenu de l'API`);
    return found;
  };

  const component = (uid: string) => {
    const found = model.components.get(uid);
    if (!found) throw new Error(`Composant inconnu : ${uid}`);
    return found;
  };

  const reference = (deps: Set<string>, name: string): string => {
    deps.add(name);
    return schemaConst(name);
  };

  const field = (owner: string, key: string, attribute: Attribute, embed: Embed, deps: Set<string>): string => {
    switch (attribute.type) {
      case 'media':
        imports.add(MEDIA_SCHEMA);
        return nullableUnlessRequired(attribute.multiple === true ? `z.array(${MEDIA_SCHEMA})` : MEDIA_SCHEMA, attribute);
      case 'component': {
        const item = reference(deps, componentDefinition(attribute.component));
        return attribute.repeatable === true ? list(item, attribute) : nullableUnlessRequired(item, attribute);
      }
      case 'dynamiczone':
        return list(reference(deps, dynamicZoneDefinition(owner, key, attribute.components)), attribute);
      case 'relation': {
        const target = embed === 'full' ? fullDefinition(attribute.target) : scalarsDefinition(attribute.target);
        const item = reference(deps, target);
        return isToMany(attribute) ? `z.array(${item})` : nullableUnlessRequired(item, attribute);
      }
      default: {
        if (attribute.type === 'blocks') imports.add(BLOCKS_SCHEMA);
        const expression = scalarExpression(attribute, BLOCKS_SCHEMA);
        return attribute.type === 'json' ? expression : nullableUnlessRequired(expression, attribute);
      }
    }
  };

  const fields = (owner: string, attributes: Attributes, embed: Embed, deps: Set<string>): Array<[string, string]> =>
    sortedEntries(attributes).map(([key, attribute]) => [key, field(owner, key, attribute, embed, deps)]);

  // A translated type's entries say which version they are (the same documentId in each locale);
  // an entry without one (a snapshot from before the languages) is French, as REST without locale.
  const localeField = `z.enum([${model.locales.locales.map((locale) => quote(locale.code)).join(', ')}]).default(${quote(model.locales.defaultLocale)})`;
  const entryObject = (target: ContentTypeModel, middle: Array<[string, string]>): string =>
    objectExpression([
      ['id', ID],
      ['documentId', 'z.string()'],
      ...(languageRule(target) === true ? [['locale', localeField] as [string, string]] : []),
      ...middle,
      ['createdAt', TIMESTAMP],
      ['updatedAt', TIMESTAMP],
      // Only published entries are requested, so publishedAt is always set.
      ['publishedAt', TIMESTAMP],
    ]);

  function componentDefinition(uid: string): string {
    const name = componentName(uid);
    return define(name, `composant ${uid}`, (deps) =>
      objectExpression([['id', ID], ...fields(name, component(uid).attributes, embedFor('component'), deps)]),
    );
  }

  function dynamicZoneDefinition(owner: string, key: string, uids: readonly string[]): string {
    return define(dynamicZoneName(owner, key), `zone dynamique ${owner}.${key}`, (deps) => {
      const members = [...uids]
        .sort(compareNames)
        .map((uid) => `  ${reference(deps, componentDefinition(uid))}.extend({ __component: z.literal(${quote(uid)}) }),`);
      return `z.discriminatedUnion('__component', [\n${members.join('\n')}\n])`;
    });
  }

  function scalarsDefinition(uid: string): string {
    const target = contentType(uid);
    const scalarAttributes = Object.fromEntries(Object.entries(target.attributes).filter(([, attribute]) => isScalar(attribute)));
    return define(scalarsName(target), `champs simples de ${uid}`, (deps) => entryObject(target, fields(scalarsName(target), scalarAttributes, 'scalars', deps)));
  }

  function fullDefinition(uid: string): string {
    const target = contentType(uid);
    const name = contentTypeName(target);
    fullNames.set(uid, name);
    return define(name, `type de contenu ${uid}`, (deps) => entryObject(target, fields(name, target.attributes, embedFor('contentType'), deps)));
  }

  for (const uid of [...model.contentTypes.keys()].sort(compareNames)) fullDefinition(uid);
  for (const uid of [...model.components.keys()].sort(compareNames)) componentDefinition(uid);

  return { definitions, imports, fullNames };
};
