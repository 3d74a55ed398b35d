import { createHash } from 'node:crypto';

type Cached = { body: string; type: string; storedAt: number };

/**
 * Responses of the read API, kept in memory until the database's cache version moves (a write of
 * any kind on any instance, see cache-invalidation.ts), within a byte budget and a time limit. Keyed by URL and by a hash of the
 * caller's credentials, so a response is only ever served to a caller holding the same token.
 */
export const createResponseCache = ({ maxBytes, ttlMs }: { maxBytes: number; ttlMs: number }) => {
  const entries = new Map<string, Cached>();
  let bytes = 0;
  let version: string | null = null;
  const drop = (key: string): void => {
    const entry = entries.get(key);
    if (!entry) return;
    bytes -= entry.body.length;
    entries.delete(key);
  };
  return {
    key: (url: string, authorization: string | undefined): string =>
      `${createHash('sha256').update(authorization ?? '').digest('hex')} ${url}`,
    get(key: string): Cached | undefined {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (Date.now() - entry.storedAt > ttlMs) {
        drop(key);
        return undefined;
      }
      // Least recently used first out: a hit moves the entry to the end.
      entries.delete(key);
      entries.set(key, entry);
      return entry;
    },
    /** Called with the database's version before each read: a new version empties the cache. */
    follow(current: string): void {
      if (current === version) return;
      this.clear();
      version = current;
    },
    /**
     * `readAt` is the version followed before the answer was computed: when a newer one was seen
     * since, the answer may predate a write and is not kept.
     */
    set(key: string, body: string, type: string, readAt: string): void {
      if (readAt !== version || body.length > maxBytes / 4) return;
      drop(key);
      entries.set(key, { body, type, storedAt: Date.now() });
      bytes += body.length;
      for (const oldest of entries.keys()) {
        if (bytes <= maxBytes) break;
        drop(oldest);
      }
    },
    clear(): void {
      entries.clear();
      bytes = 0;
    },
    get size(): number {
      return entries.size;
    },
  };
};

export type ResponseCache = ReturnType<typeof createResponseCache>;

/** One cache for the process: the middleware fills it, every write empties it. */
export const apiCache = createResponseCache({
  maxBytes: Number(process.env.API_CACHE_MAX_MB ?? 64) * 1024 * 1024,
  ttlMs: Number(process.env.API_CACHE_TTL_SECONDS ?? 300) * 1000,
});
