import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStrapi, type StrapiServer } from '@bluehats/testkit';
import { runLoadTest } from '../load-test/run';

describe('the list endpoints under load (autocannon, loopback)', () => {
  let cms: StrapiServer;
  beforeAll(async () => {
    cms = await startStrapi();
  });
  afterAll(async () => {
    await cms?.destroy();
  });

  it('answer 50 concurrent connections without a single error, with and without population', async () => {
    const results = await runLoadTest({ url: cms.url, token: cms.readToken, collections: ['articles'], connections: 50, durationSeconds: 4 });
    expect(results.map((r) => r.populated)).toEqual([false, true]);
    for (const result of results) {
      expect(result.requests, result.endpoint).toBeGreaterThan(50);
      expect(result.errors + result.non2xx, JSON.stringify(result)).toBe(0);
    }
  });
});
