import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cmsDir } from '@bluehats/testkit';
import { translationRequestAttribute, translationRequestField } from '../src/i18n/translation-request';

type Schema = { kind: string; pluginOptions?: { i18n?: { localized?: boolean } }; attributes: Record<string, unknown> };

const apiDir = path.join(cmsDir, 'src/api');
const schemas = readdirSync(apiDir).map((name): [string, Schema] => [
  name,
  JSON.parse(readFileSync(path.join(apiDir, name, 'content-types', name, 'schema.json'), 'utf8')) as Schema,
]);

// Strapi reads each schema.json as it is: « Traduction anglaise demandée » is written in each, and must not drift.
describe('« Traduction anglaise demandée » in the schemas', () => {
  it('is on every translated collection type, as translation-request.ts declares it, and on no other', () => {
    const asks = (schema: Schema): boolean => schema.kind === 'collectionType' && schema.pluginOptions?.i18n?.localized === true;
    const expected = Object.fromEntries(schemas.map(([name, schema]) => [name, asks(schema) ? translationRequestAttribute : undefined]));
    const actual = Object.fromEntries(schemas.map(([name, schema]) => [name, schema.attributes[translationRequestField]]));
    expect(actual).toEqual(expected);
    expect(Object.values(actual).filter(Boolean).length).toBeGreaterThan(0);
  });
});
