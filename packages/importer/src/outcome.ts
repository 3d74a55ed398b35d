import type { Locale } from '@bluehats/content-types';
import type { MenuLink, MenuResult } from './navigation';
import type { ImportPlan } from './plan';
import type { SectionRedirect } from './section-redirects';
import type { Action } from './writer';

// What a run found, file by file: written by run.ts, read by the report and the fidelity check.

/** What a run did with a file: written, failed, skipped (an English page), menu only, or merged into an entry of another site. */
export type OutcomeAction = Action | 'failed' | 'skipped' | 'navigation' | 'merged';

/** The words the log and the migration report use for each action. */
export const ACTION_LABEL: Record<OutcomeAction, string> = {
  created: 'créé',
  updated: 'mis à jour',
  unchanged: 'inchangé',
  'would-create': 'serait créé',
  'would-update': 'serait mis à jour',
  failed: 'échec',
  skipped: 'non importé',
  navigation: 'navigation',
  merged: 'fusionné',
};

export type FileOutcome = {
  file: string;
  locale: Locale;
  /** An English file written as the English version of a French entry: that entry (its file, or its address in the CMS). */
  translationOf: string | null;
  kind: ImportPlan['kind'] | null;
  slug: string | null;
  action: OutcomeAction;
  oldPath: string | null;
  newUrl: string | null;
  documentId: string | null;
  published: boolean;
  /** Why --publish left it a draft. */
  heldBack: string | null;
  notes: string[];
  todo: string[];
  converted: string[];
  error: string | null;
};

export type ImportSummary = {
  outcomes: FileOutcome[];
  failed: number;
  seconds: number;
  /** Old listing, tag and feed addresses and where they now lead (« Anciennes adresses des rubriques »). */
  sectionRedirects: SectionRedirect[];
  /** Old addresses that lead nowhere after this run: their file is not published, or the settings could not be written. */
  unreached: Array<{ from: string; why: string }>;
  /** The main menu written from the old site's eleventyNavigation, or null when it held none. */
  menu: MenuLink[] | null;
  /** The English main menu (the English version of Navigation) from the English files' eleventyNavigation, what writing it did; null when they held none. */
  englishMenu: MenuResult | null;
  siteRoot: string;
};
