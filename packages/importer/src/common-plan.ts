import type { NavigationEntry } from './front-matter';
import type { Locale } from '@bluehats/content-types';

/** What every kind of plan holds (plan.ts), apart so that each kind's module can build on it. */
export type Common = {
  /** The file's identity: its path from the site root, with "/" separators. */
  source: string;
  slug: string;
  title: string;
  tags: string[];
  /** Its address on the old site, recorded in « Anciennes adresses ». */
  oldPath: string | null;
  /** The old addresses of copies of this file on another legacy site (merge.ts), recorded too. */
  otherOldPaths?: string[];
  /** Warnings: what was changed or dropped on the way. */
  notes: string[];
  /** What an editor must complete or check in the admin. */
  todo: string[];
  /** Kept as a draft whatever --publish says, because a field had to be guessed or is missing. */
  draftOnly: boolean;
  /** Why it is kept as a draft, in the report's words (when draftOnly). */
  heldBack?: string;
  /** Archived on the old site by a warning at the top of its text (archive-warning.ts): the notice's reason. */
  archive?: { reason: string };
  /** Its place in the old site's menu. */
  navigation: NavigationEntry | null;
  /** Its language: an English file becomes the translation of a French entry, or an English-only one (translations.ts). */
  locale: Locale;
  /** Where its language-switch lines led on the old site (old addresses): how the two versions of a page are paired. */
  languageLinks: string[];
};
