import type { z } from 'zod';

/** A Strapi 5 REST `populate` clause in object form (dynamic zones use `on` fragments). */
export type PopulateValue =
  | true
  | {
      readonly populate?: Populate;
      readonly on?: Readonly<Record<string, PopulateValue>>;
    };

export type Populate = Readonly<Record<string, PopulateValue>>;

export type ContentTypeKind = 'collectionType' | 'singleType';

/** A type's English section, `/en/<section>/`, and its name for English readers. */
export type EnglishRoute = { readonly section: string; readonly label: string };

/**
 * Where the site shows a type: `/<section>/`, and `/<section>/<id>/` for each entry when it has detail pages; `label` names the section for readers.
 * `en` is its English section, or null when the type has none.
 */
export type ContentTypeRoute = {
  readonly section: string;
  readonly label: string;
  readonly detailPages: boolean;
  readonly en: EnglishRoute | null;
};

export type ContentTypeDefinition = {
  readonly uid: string;
  readonly kind: ContentTypeKind;
  /** The Strapi singular name, e.g. `project-call`: the importer's plan kinds. */
  readonly singularName: string;
  /** The site's collection name in content.config.ts, e.g. `projectCalls`. */
  readonly collection: string;
  readonly draftAndPublish: boolean;
  /** Translated with Strapi's i18n: entries have a version per locale, same documentId. */
  readonly localized: boolean;
  /** REST names of the types whose entries this type's entries embed. */
  readonly embeds: readonly string[];
  readonly route: ContentTypeRoute | null;
  readonly schema: z.ZodTypeAny;
  readonly populate: Populate;
};
