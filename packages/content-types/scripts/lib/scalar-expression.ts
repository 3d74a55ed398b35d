import { quote } from './source';
import type { Attribute } from './strapi-schema';

type ScalarAttribute = Exclude<Attribute, { type: 'media' | 'component' | 'dynamiczone' | 'relation' }>;

export const isScalar = (attribute: Attribute): attribute is ScalarAttribute =>
  !['media', 'component', 'dynamiczone', 'relation'].includes(attribute.type);

/** Private and password fields are never sent by the REST API. */
export const isExposed = (attribute: Attribute): boolean =>
  attribute.private !== true && attribute.type !== 'password';

const check = (method: string, value: number | undefined): string =>
  value === undefined ? '' : `.${method}(${value})`;

const lengths = (attribute: { minLength?: number | undefined; maxLength?: number | undefined }): string =>
  check('min', attribute.minLength) + check('max', attribute.maxLength);

const bounds = (attribute: { min?: number | undefined; max?: number | undefined }): string =>
  check('min', attribute.min) + check('max', attribute.max);

/** zod 4 source for the value of a scalar attribute, before nullability is applied (string formats are zod 4's top-level `z.iso.*` and `z.email()`). */
export const scalarExpression = (attribute: ScalarAttribute, blocksSchema: string): string => {
  switch (attribute.type) {
    case 'string': {
      const regex = attribute.regex ? `.regex(new RegExp(${quote(attribute.regex)}))` : '';
      return `z.string()${lengths(attribute)}${regex}`;
    }
    case 'text':
    case 'richtext':
    case 'uid':
      return `z.string()${lengths(attribute)}`;
    case 'email':
      return `z.email()${lengths(attribute)}`;
    case 'password':
      throw new Error('password attributes are never exposed');
    case 'integer':
      return `z.number().int()${bounds(attribute)}`;
    case 'biginteger':
      // Strapi serialises big integers as strings to keep their precision.
      return 'z.string().regex(/^-?\\d+$/)';
    case 'float':
    case 'decimal':
      return `z.number()${bounds(attribute)}`;
    case 'boolean':
      return 'z.boolean()';
    case 'date':
      return 'z.iso.date()';
    case 'datetime':
      return 'z.iso.datetime({ offset: true })';
    case 'time':
      return 'z.iso.time()';
    case 'json':
      return 'z.unknown()';
    case 'blocks':
      return blocksSchema;
    case 'enumeration':
      return `z.enum([${attribute.enum.map(quote).join(', ')}])`;
  }
};
