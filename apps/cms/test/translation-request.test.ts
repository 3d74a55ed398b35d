import { describe, expect, it } from 'vitest';
import { translationRequestAttribute, translationRequestField } from '../src/i18n/translation-request';
import { apiSchemas, type ApiSchema } from './api-schemas';

const schemas = apiSchemas();

// Strapi reads each schema.json as it is: « Traduction anglaise demandée » is written in each, and must not drift.
describe('« Traduction anglaise demandée » in the schemas', () => {
  it('is on every translated collection type, as translation-request.ts declares it, and on no other', () => {
    const asks = (schema: ApiSchema): boolean => schema.kind === 'collectionType' && schema.pluginOptions?.i18n?.localized === true;
    const expected = Object.fromEntries(schemas.map(([name, schema]) => [name, asks(schema) ? translationRequestAttribute : undefined]));
    const actual = Object.fromEntries(schemas.map(([name, schema]) => [name, schema.attributes[translationRequestField]]));
    expect(actual).toEqual(expected);
    expect(Object.values(actual).filter(Boolean).length).toBeGreaterThan(0);
  });
});
