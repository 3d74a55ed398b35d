/** Where the admin's edit-view panel and home widget read the public state of pages (public-state-route.ts serves it). */
export const publicStatePrefix = '/bluehats';
export const publicStateRoute = '/etat-public';
export const publicStatePath = `${publicStatePrefix}${publicStateRoute}`;

/**
 * What the rebuild service answers about an entry's last change: the shape of `Publication` in
 * packages/rebuild-service/src/publications.ts, written again because the CMS server compiles with
 * `moduleResolution: Node` and cannot resolve a workspace package exporting TypeScript sources.
 */
export type Publication = {
  uid: string;
  documentId: string;
  event: string;
  receivedAt: string;
  build: number | null;
  state: 'queued' | 'building' | 'live' | 'failed';
  liveAt?: string;
  failedAt?: string;
  reason?: string;
};

/** The public state of one entry's page, as the admin shows it. */
export type PageState = {
  /** The page's public address while a published version exists, otherwise null. */
  url: string | null;
  publication: Publication | null;
  /** False when the rebuild service did not answer (or is not configured): the state is unknown. */
  serviceAnswered: boolean;
};

/** A line of the home page's list of last publications. */
export type RecentPublication = PageState & { uid: string; documentId: string; title: string; typeName: string };
