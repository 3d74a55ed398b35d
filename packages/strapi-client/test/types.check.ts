import { describe, expectTypeOf, it } from 'vitest';
import type { Article, Navigation, ProjectCall, SiteSetting } from '@bluehats/content-types';
import { createStrapiClient } from '../src/index';

// Checked by `tsc` (npm run typecheck); at run time these assertions are no-ops.
describe('types inférés depuis le registre', () => {
  it('déduit le type des entrées du nom du type de contenu', () => {
    const client = createStrapiClient({ url: 'http://127.0.0.1:1' });
    const calls = {
      articles: () => client.findAll('articles'),
      projectCalls: () => client.findAll('project-calls'),
      settings: () => client.findSingle('site-setting'),
      navigation: () => client.findSingle('navigation'),
      // @ts-expect-error a single type is not a collection
      wrongKind: () => client.findAll('site-setting'),
      // @ts-expect-error unknown content type
      unknown: () => client.findAll('posts'),
    };
    expectTypeOf(calls.articles).returns.toEqualTypeOf<Promise<Article[]>>();
    expectTypeOf(calls.projectCalls).returns.toEqualTypeOf<Promise<ProjectCall[]>>();
    expectTypeOf(calls.settings).returns.toEqualTypeOf<Promise<SiteSetting>>();
    expectTypeOf(calls.navigation).returns.toEqualTypeOf<Promise<Navigation>>();
  });
});
