import type { Core, UID } from '@strapi/strapi';
import pLimit from 'p-limit';
import { snapshotPopulate } from '../history/snapshot';
import { checkUrl, type CheckSettings, type LinkOutcome } from './check-url';
import { externalLinksOf } from './links-of';
import { schemasOf } from './schemas';
import { linkCheckStore, type CheckedLink } from './store';

export type LinkCheckSettings = CheckSettings & {
  /** Links asked at the same time, all hosts together. */
  concurrency: number;
  /** Pause after each request to a host before the next one to the same host: one at a time per host. */
  perHostPauseMs: number;
};

type Data = Record<string, unknown>;

/** Our own content types (src/api), collection and single: each has published content with links. */
const checkedTypes = (strapi: Core.Strapi): UID.ContentType[] => Object.keys(strapi.contentTypes).filter((uid): uid is UID.ContentType => uid.startsWith('api::'));

/**
 * Checks the external links of published documents: a whole run on the schedule, one document on
 * an editor's demand or after its publication. Bounded concurrency overall (p-limit) and one
 * request at a time per host, with a pause, so that a page with fifty links to one site does not
 * hammer it; a URL met on several pages is asked once per run. Never awaited by a publication or
 * a build: what it finds is only written to its table.
 */
export const linkChecker = (strapi: Core.Strapi, settings: LinkCheckSettings) => {
  const store = linkCheckStore(strapi);
  const limit = pLimit(settings.concurrency);
  const hosts = new Map<string, ReturnType<typeof pLimit>>();
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  const politely = (url: string): Promise<LinkOutcome> => {
    const host = new URL(url).host;
    const queue = hosts.get(host) ?? pLimit(1);
    hosts.set(host, queue);
    return queue(async () => {
      try {
        return await limit(() => checkUrl(url, settings));
      } finally {
        await pause(settings.perHostPauseMs);
        if (queue.activeCount <= 1 && queue.pendingCount === 0) hosts.delete(host);
      }
    });
  };

  const checkDocumentData = async (uid: string, document: Data, asked: Map<string, Promise<LinkOutcome>>): Promise<CheckedLink[]> => {
    const documentId = String(document.documentId);
    const links = externalLinksOf(schemasOf(strapi), uid, document);
    const checked = await Promise.all(
      links.map(async (link) => {
        const outcome = asked.get(link.url) ?? politely(link.url);
        asked.set(link.url, outcome);
        return { uid, documentId, ...link, ...(await outcome), checkedAt: Date.now() };
      }),
    );
    await store.replace(uid, documentId, checked);
    return checked;
  };

  const published = (uid: UID.ContentType, documentId?: string): Promise<Data[]> => {
    const documents = strapi.documents(uid);
    return documents.findMany({ status: 'published', populate: snapshotPopulate(strapi, uid), ...(documentId ? { filters: { documentId } } : {}), limit: -1 } as Parameters<typeof documents.findMany>[0]) as Promise<Data[]>;
  };

  let running: Promise<number> | null = null;
  const runAll = async (): Promise<number> => {
    const asked = new Map<string, Promise<LinkOutcome>>();
    let count = 0;
    for (const uid of checkedTypes(strapi)) {
      const documents = await published(uid);
      for (const document of documents) count += (await checkDocumentData(uid, document, asked)).length;
      await store.keepOnly(uid, new Set(documents.map((document) => String(document.documentId))));
    }
    return count;
  };

  return {
    /** The published version of one document; an unpublished one has nothing to check any more. */
    async checkDocument(uid: string, documentId: string): Promise<CheckedLink[]> {
      const [document] = await published(uid as UID.ContentType, documentId);
      if (!document) {
        await store.replace(uid, documentId, []);
        return [];
      }
      return checkDocumentData(uid, document, new Map());
    },
    /** Every published document; a run asked while one is going joins it. */
    checkAll(): Promise<number> {
      running ??= runAll().finally(() => (running = null));
      return running;
    },
  };
};

export type LinkChecker = ReturnType<typeof linkChecker>;
