import { z } from 'zod';

// Only the parts of Strapi's schema.json files that shape REST responses; anything else is ignored.

/** Strapi i18n's flag: on a translated type, whether a field has its own value in each language. */
const localizedOption = z.object({ i18n: z.object({ localized: z.boolean() }).optional() }).optional();

/** A type's or a field's language rule: true (one value per language), false (shared), undefined (not said). */
export const languageRule = (schema: { pluginOptions?: z.infer<typeof localizedOption> }): boolean | undefined => schema.pluginOptions?.i18n?.localized;

const common = {
  required: z.boolean().optional(),
  private: z.boolean().optional(),
  pluginOptions: localizedOption,
};

const lengths = { minLength: z.number().int().optional(), maxLength: z.number().int().optional() };
const bounds = { min: z.number().optional(), max: z.number().optional() };

export const AttributeSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('string'), ...common, ...lengths, regex: z.string().optional() }),
  z.object({ type: z.literal('text'), ...common, ...lengths }),
  z.object({ type: z.literal('richtext'), ...common, ...lengths }),
  z.object({ type: z.literal('uid'), ...common, ...lengths }),
  z.object({ type: z.literal('email'), ...common, ...lengths }),
  z.object({ type: z.literal('password'), ...common }),
  z.object({ type: z.literal('integer'), ...common, ...bounds }),
  z.object({ type: z.literal('biginteger'), ...common }),
  z.object({ type: z.literal('float'), ...common, ...bounds }),
  z.object({ type: z.literal('decimal'), ...common, ...bounds }),
  z.object({ type: z.literal('boolean'), ...common }),
  z.object({ type: z.literal('date'), ...common }),
  z.object({ type: z.literal('datetime'), ...common }),
  z.object({ type: z.literal('time'), ...common }),
  z.object({ type: z.literal('json'), ...common }),
  z.object({ type: z.literal('blocks'), ...common }),
  z.object({ type: z.literal('enumeration'), ...common, enum: z.array(z.string()).nonempty() }),
  z.object({ type: z.literal('media'), ...common, multiple: z.boolean().optional() }),
  z.object({
    type: z.literal('component'),
    ...common,
    component: z.string(),
    repeatable: z.boolean().optional(),
    min: z.number().int().optional(),
    max: z.number().int().optional(),
  }),
  z.object({
    type: z.literal('dynamiczone'),
    ...common,
    components: z.array(z.string()).nonempty(),
    min: z.number().int().optional(),
    max: z.number().int().optional(),
  }),
  z.object({
    type: z.literal('relation'),
    ...common,
    relation: z.enum(['oneToOne', 'oneToMany', 'manyToOne', 'manyToMany', 'oneWay', 'manyWay']),
    target: z.string(),
  }),
]);

const AttributesSchema = z.record(z.string(), AttributeSchema);

export const ContentTypeFileSchema = z.object({
  kind: z.enum(['collectionType', 'singleType']),
  info: z.object({ singularName: z.string(), pluralName: z.string(), displayName: z.string() }),
  options: z.object({ draftAndPublish: z.boolean().optional() }).optional(),
  pluginOptions: localizedOption,
  attributes: AttributesSchema,
});

const sectionSchema = z.string().regex(/^[a-z0-9-]+$/);

/**
 * route.json, beside a type's schema.json, written by hand for a type the site shows: the folder
 * of its pages (`/appels-a-projets/`), its name for readers, and whether each entry has its own page there;
 * `en`, for a translated type, names its English section (`/en/calls-for-projects/`).
 */
export const RouteFileSchema = z.strictObject({
  section: sectionSchema,
  label: z.string().min(1),
  detailPages: z.boolean(),
  en: z.strictObject({ section: sectionSchema, label: z.string().min(1) }).optional(),
});

/** apps/cms/src/i18n/locales.json: the site's languages, the default one first in importance. */
export const LocalesFileSchema = z
  .strictObject({
    defaultLocale: z.string().regex(/^[a-z]{2}$/),
    locales: z
      // versionName: how the admin names the language's version in a sentence (« version anglaise »).
      .array(z.strictObject({ code: z.string().regex(/^[a-z]{2}$/), name: z.string().min(1), versionName: z.string().min(1).optional() }))
      .nonempty(),
  })
  .refine((file) => file.locales.some((locale) => locale.code === file.defaultLocale), {
    message: 'la langue par défaut doit être dans la liste des langues',
  });

export type Locales = z.infer<typeof LocalesFileSchema>;

export type Route = z.infer<typeof RouteFileSchema>;

export const ComponentFileSchema = z.object({
  info: z.object({ displayName: z.string() }),
  attributes: AttributesSchema,
});

export type Attribute = z.infer<typeof AttributeSchema>;
export type Attributes = z.infer<typeof AttributesSchema>;

export type ContentTypeModel = z.infer<typeof ContentTypeFileSchema> & {
  /** e.g. `api::article.article` */
  uid: string;
  /** null for a type no page shows by itself (navigation, settings). */
  route: Route | null;
};

export type ComponentModel = z.infer<typeof ComponentFileSchema> & {
  /** e.g. `blocks.quote` */
  uid: string;
};

export type Model = {
  contentTypes: ReadonlyMap<string, ContentTypeModel>;
  components: ReadonlyMap<string, ComponentModel>;
  locales: Locales;
};
