import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { previewTypes, contentTypes } from '@bluehats/content-types';
import { cmsDir } from '@bluehats/testkit';
import { lifecycleAttributes } from '../src/lifecycle/lifecycle-fields';
import { lifecycleProblems } from '../src/lifecycle/lifecycle-rules';

type Schema = { info: { singularName: string }; attributes: Record<string, unknown> };

const apiDir = path.join(cmsDir, 'src/api');
const schemas = readdirSync(apiDir).map((name) => JSON.parse(readFileSync(path.join(apiDir, name, 'content-types', name, 'schema.json'), 'utf8')) as Schema);

// Strapi reads each schema.json as it is: the lifecycle's attributes are written in each, and must not drift.
describe('the editorial lifecycle in the schemas', () => {
  it('is on every draft-and-publish type with a page per entry (the registry’s preview types), as lifecycle-fields.ts declares it, and on no other', () => {
    const withPages = new Set<string>(previewTypes.map((type) => contentTypes[type.name].singularName));
    expect(withPages.size).toBeGreaterThan(0);
    for (const schema of schemas) {
      const actual = Object.fromEntries(Object.keys(lifecycleAttributes).map((field) => [field, schema.attributes[field]]));
      const expected = Object.fromEntries(Object.entries(lifecycleAttributes).map(([field, attribute]) => [field, withPages.has(schema.info.singularName) ? attribute : undefined]));
      expect(actual, schema.info.singularName).toEqual(expected);
    }
  });
});

describe('the lifecycle’s save-time rules', () => {
  const base = { changeNotes: [], archived: false };
  it('asks for the reason of an archive, and accepts it once given', () => {
    expect(lifecycleProblems({ ...base, archived: true, archiveReason: '  ' }, null).map((p) => p.path)).toEqual([['archiveReason']]);
    expect(lifecycleProblems({ ...base, archived: true, archiveReason: 'remplacée par le plan de 2027' }, null)).toEqual([]);
  });
  it('takes as replacement a path of the site, never a full address nor the page itself', () => {
    expect(lifecycleProblems({ ...base, replacedBy: 'https://exemple.fr/articles/x/' }, '/articles/a/')[0]?.path).toEqual(['replacedBy']);
    expect(lifecycleProblems({ ...base, replacedBy: '/articles/a' }, '/articles/a/')[0]?.path).toEqual(['replacedBy']);
    expect(lifecycleProblems({ ...base, replacedBy: '/articles/b/' }, '/articles/a/')).toEqual([]);
  });
  it('leaves types without the lifecycle alone', () => {
    expect(lifecycleProblems({ archived: true }, null)).toHaveLength(1);
    expect(lifecycleProblems({ replacedBy: 'n’importe quoi' }, null)).toEqual([]);
  });
});
