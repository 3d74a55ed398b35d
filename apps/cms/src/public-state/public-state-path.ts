import type { Publication } from '@bluehats/rebuild-service';

export type { Publication };

/** Where the admin's edit-view panel and home widget read the public state of pages (public-state-route.ts serves it). */
export const publicStatePrefix = '/bluehats';
export const publicStateRoute = '/etat-public';
export const publicStatePath = `${publicStatePrefix}${publicStateRoute}`;

/** The public state of one entry's page, as the admin shows it. */
export type PageState = {
  /** The page's public address while a published version exists, otherwise null. */
  url: string | null;
  /** The language version the state is of (`en`), null for a type not translated: the admin names it, never shows it. */
  locale: string | null;
  publication: Publication | null;
  /** False when the rebuild service did not answer (or is not configured): the state is unknown. */
  serviceAnswered: boolean;
};

/** A line of the home page's list of last publications. */
export type RecentPublication = PageState & { uid: string; documentId: string; title: string; typeName: string };
