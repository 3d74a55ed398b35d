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

export type ContentTypeDefinition = {
  readonly uid: string;
  readonly kind: ContentTypeKind;
  readonly schema: z.ZodTypeAny;
  readonly populate: Populate;
};
