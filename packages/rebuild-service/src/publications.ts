import { shortReason } from './public-status.js';

/** One entry's last change the service was told about (a webhook), and what became of it. */
export type Publication = {
  uid: string;
  documentId: string;
  /** The language version changed (the webhook's `entry.locale`); null for a type not translated. */
  locale: string | null;
  /** Strapi's event: entry.publish, entry.unpublish, entry.delete, entry.update… */
  event: string;
  receivedAt: string;
  /** The build that took it; null while it waits for the next one. */
  build: number | null;
  state: 'queued' | 'building' | 'live' | 'failed';
  /** When the build that took it was served. */
  liveAt?: string;
  failedAt?: string;
  /** Why that build failed, told in one line (shortReason): the editor reads it. */
  reason?: string;
};

export type PublicationKey = { uid: string; documentId: string; locale: string | null; event: string };

/** How many entries are remembered: the edit views ask about recent changes, the home page about the last few. */
export const DEFAULT_PUBLICATION_LIMIT = 500;

/**
 * What the service knows of each entry's last change, per language version (publishing the
 * English version says nothing of the French page): when its webhook came, which build took it,
 * and whether that build went live or failed. Bounded: past `limit` entries, the one changed the
 * longest ago is forgotten (a Map keeps insertion order, and a new change re-inserts its entry).
 */
export const createPublicationLog = (options: { limit?: number; now?: () => number } = {}) => {
  const limit = options.limit ?? DEFAULT_PUBLICATION_LIMIT;
  const now = options.now ?? Date.now;
  const iso = (): string => new Date(now()).toISOString();
  const entries = new Map<string, Publication>();
  const keyOf = (uid: string, documentId: string, locale: string | null): string => `${uid}\u0000${documentId}\u0000${locale ?? ''}`;

  return {
    received: ({ uid, documentId, locale, event }: PublicationKey): void => {
      const key = keyOf(uid, documentId, locale);
      entries.delete(key);
      entries.set(key, { uid, documentId, locale, event, receivedAt: iso(), build: null, state: 'queued' });
      for (const oldest of entries.keys()) {
        if (entries.size <= limit) break;
        entries.delete(oldest);
      }
    },
    /** Every change still waiting is in the build that starts now. */
    buildStarted: (build: number): void => {
      for (const entry of entries.values()) {
        if (entry.state === 'queued') Object.assign(entry, { build, state: 'building' });
      }
    },
    buildFinished: (build: number, result: { ok: true } | { ok: false; error: string }): void => {
      for (const entry of entries.values()) {
        if (entry.build !== build || entry.state !== 'building') continue;
        if (result.ok) Object.assign(entry, { state: 'live', liveAt: iso() });
        else Object.assign(entry, { state: 'failed', failedAt: iso(), reason: shortReason(result.error) });
      }
    },
    of: (uid: string, documentId: string, locale: string | null = null): Publication | null => {
      const entry = entries.get(keyOf(uid, documentId, locale));
      return entry ? { ...entry } : null;
    },
    /** The last `count` entries changed, the most recent first. */
    latest: (count: number): Publication[] => [...entries.values()].reverse().slice(0, count).map((entry) => ({ ...entry })),
  };
};

export type PublicationLog = ReturnType<typeof createPublicationLog>;
