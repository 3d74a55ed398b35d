import { describe, expect, it } from 'vitest';
import { createResponseCache } from '../src/cache/response-cache';

describe('the response cache of the read API', () => {
  it('serves a response only to the same credentials', () => {
    const cache = createResponseCache({ maxBytes: 1000, ttlMs: 60_000 });
    cache.set(cache.key('/api/articles', 'Bearer a'), '{"data":[]}', 'application/json');
    expect(cache.get(cache.key('/api/articles', 'Bearer a'))?.body).toBe('{"data":[]}');
    expect(cache.get(cache.key('/api/articles', 'Bearer b'))).toBeUndefined();
    expect(cache.get(cache.key('/api/articles', undefined))).toBeUndefined();
  });

  it('forgets everything on clear, the oldest entries beyond its budget, and stale ones after its time limit', async () => {
    const cache = createResponseCache({ maxBytes: 40, ttlMs: 50 });
    cache.set('a', 'x'.repeat(10), 'json');
    cache.set('b', 'x'.repeat(10), 'json');
    cache.get('a');
    cache.set('c', 'x'.repeat(10), 'json');
    cache.set('d', 'x'.repeat(10), 'json');
    cache.set('e', 'x'.repeat(10), 'json');
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    await new Promise((r) => setTimeout(r, 80));
    expect(cache.get('e')).toBeUndefined();
    cache.set('f', 'x', 'json');
    cache.clear();
    expect(cache.size).toBe(0);
  });
});
