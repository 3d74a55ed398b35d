import { describe, expect, it } from 'vitest';
import { freshRead } from '../src/cache/fresh-read';
import { createResponseCache } from '../src/cache/response-cache';

describe('the response cache of the read API', () => {
  it('serves a response only to the same credentials', () => {
    const cache = createResponseCache({ maxBytes: 1000, ttlMs: 60_000 });
    cache.follow('1');
    cache.set(cache.key('/api/articles', 'Bearer a'), '{"data":[]}', 'application/json', '1');
    expect(cache.get(cache.key('/api/articles', 'Bearer a'))?.body).toBe('{"data":[]}');
    expect(cache.get(cache.key('/api/articles', 'Bearer b'))).toBeUndefined();
    expect(cache.get(cache.key('/api/articles', undefined))).toBeUndefined();
  });

  it('forgets everything on clear, the oldest entries beyond its budget, and stale ones after its time limit', async () => {
    const cache = createResponseCache({ maxBytes: 40, ttlMs: 50 });
    cache.follow('1');
    cache.set('a', 'x'.repeat(10), 'json', '1');
    cache.set('b', 'x'.repeat(10), 'json', '1');
    cache.get('a');
    cache.set('c', 'x'.repeat(10), 'json', '1');
    cache.set('d', 'x'.repeat(10), 'json', '1');
    cache.set('e', 'x'.repeat(10), 'json', '1');
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    await new Promise((r) => setTimeout(r, 80));
    expect(cache.get('e')).toBeUndefined();
    cache.set('f', 'x', 'json', '1');
    cache.clear();
    expect(cache.size).toBe(0);
  });

  it('empties itself when the database version moves, and keeps no answer read before a newer version was seen', () => {
    const cache = createResponseCache({ maxBytes: 1000, ttlMs: 60_000 });
    cache.follow('7');
    cache.set('liste', 'ancienne', 'json', '7');
    cache.follow('7');
    expect(cache.get('liste')?.body).toBe('ancienne');
    // Another instance published: version 8. A request that started at 7 finishes afterwards.
    cache.follow('8');
    expect(cache.get('liste')).toBeUndefined();
    cache.set('liste', 'lue avant la publication', 'json', '7');
    expect(cache.get('liste')).toBeUndefined();
    cache.set('liste', 'nouvelle', 'json', '8');
    expect(cache.get('liste')?.body).toBe('nouvelle');
  });

  it('shares one version read among waiting requests, never one that started before a request arrived', async () => {
    let version = 1;
    const reads: Array<() => void> = [];
    const read = freshRead(
      () =>
        new Promise<number>((resolve) => {
          const seen = version;
          reads.push(() => resolve(seen));
        }),
    );
    const first = read();
    version = 2; // a publish commits while the first read is in flight
    const [second, third] = [read(), read()];
    expect(reads).toHaveLength(1);
    reads[0]?.();
    expect(await first).toBe(1);
    await new Promise((r) => setTimeout(r, 0));
    expect(reads).toHaveLength(2);
    reads[1]?.();
    expect([await second, await third]).toEqual([2, 2]);
  });
});
