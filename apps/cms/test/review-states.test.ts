import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cmsDir } from '@bluehats/testkit';
import { reviewAttribute, reviewField } from '../src/review/review-states';

type Schema = { options?: { draftAndPublish?: boolean }; attributes: Record<string, unknown> };

const apiDir = path.join(cmsDir, 'src/api');
const schemas = readdirSync(apiDir).map((name): [string, Schema] => [
  name,
  JSON.parse(readFileSync(path.join(apiDir, name, 'content-types', name, 'schema.json'), 'utf8')) as Schema,
]);

// Strapi reads each schema.json as it is: the review step's attribute is written in each, and must not drift.
describe('the review step in the schemas', () => {
  it('is on every draft-and-publish type, as review-states.ts declares it, and on no other', () => {
    const expected = Object.fromEntries(schemas.map(([name, schema]) => [name, schema.options?.draftAndPublish === true ? reviewAttribute : undefined]));
    const actual = Object.fromEntries(schemas.map(([name, schema]) => [name, schema.attributes[reviewField]]));
    expect(actual).toEqual(expected);
  });
});
