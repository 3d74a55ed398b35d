import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStrapi, type StrapiServer } from '@bluehats/testkit';

describe('admin login', () => {
  let cms: StrapiServer;
  beforeAll(async () => {
    cms = await startStrapi({ env: { SEED_DEMO_CONTENT: 'false' } });
  });
  afterAll(async () => {
    await cms?.destroy();
  });

  it('stops password guessing after five attempts', async () => {
    const attempt = () =>
      fetch(`${cms.url}/admin/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: cms.admin.email, password: 'Mauvais-mot-de-passe-1' }),
      });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await attempt()).status);
    expect(statuses.slice(0, 5).every((status) => status === 400)).toBe(true);
    expect(statuses[5]).toBe(429);
  });
});
