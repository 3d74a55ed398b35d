import type { SharedChangeNote } from '@bluehats/content-types';
import { DEFAULT_LOCALE, type Locale } from './i18n/locales';
import { ui } from './i18n/ui';

/**
 * The public side of the editorial lifecycle (issue 33), read from published entries: the change
 * notes an editor wrote when publishing a correction, and the archive an editor decided. The CMS
 * writes them (apps/cms/src/lifecycle/); pages, the feed, the site map and search read them here.
 */
export type Lifecycle = {
  changeNotes?: readonly Pick<SharedChangeNote, 'date' | 'text'>[] | null;
  archived?: boolean | null;
  archiveReason?: string | null;
};

/** The notes, oldest first, whatever order the CMS returned. */
export const changeNotesOf = (entry: Lifecycle): Pick<SharedChangeNote, 'date' | 'text'>[] =>
  [...(entry.changeNotes ?? [])].sort((a, b) => a.date.localeCompare(b.date));

/** The instant of the last public change note: « Mis à jour le … », the feed's update. */
export const lastUpdate = (entry: Lifecycle): string | undefined => changeNotesOf(entry).at(-1)?.date;

/** The notice's text of an archived page, or null when the page is not archived. */
export const archiveNotice = (entry: Lifecycle, locale: Locale = DEFAULT_LOCALE): string | null => {
  if (entry.archived !== true) return null;
  const t = ui(locale);
  const reason = entry.archiveReason?.trim().replace(/[.\s]+$/, '');
  return reason ? `${t.archived}${t.colon}${reason}.` : `${t.archived}.`;
};

/**
 * Pagefind's attributes for the body of a page: an archived page stays in search, marked and
 * filterable, its mark in the page's language (each language has its own index, its own results).
 */
export const searchMarks = (entry: Lifecycle, locale: Locale = DEFAULT_LOCALE): Record<string, string> => {
  if (entry.archived !== true) return {};
  const mark = `statut:${ui(locale).archivedPage}`;
  return { 'data-pagefind-filter': mark, 'data-pagefind-meta': mark };
};
