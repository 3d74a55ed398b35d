import { describe, expect, it } from 'vitest';
import { reviewAttribute, reviewField } from '../src/review/review-states';
import { apiSchemas } from './api-schemas';

const schemas = apiSchemas();

// Strapi reads each schema.json as it is: the review step's attribute is written in each, and must not drift.
describe('the review step in the schemas', () => {
  it('is on every draft-and-publish type, as review-states.ts declares it, and on no other', () => {
    const expected = Object.fromEntries(schemas.map(([name, schema]) => [name, schema.options?.draftAndPublish === true ? reviewAttribute : undefined]));
    const actual = Object.fromEntries(schemas.map(([name, schema]) => [name, schema.attributes[reviewField]]));
    expect(actual).toEqual(expected);
  });
});
