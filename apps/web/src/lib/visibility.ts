/** Fields of an entry whose publication an editor scheduled (articles, project calls). */
export type Scheduled = { visibleFrom?: string | null; visibleUntil?: string | null };

/**
 * Whether a published entry is on the site at `now`: from « Visible à partir du » (included) to
 * « Visible jusqu’au » (excluded). Entries without these fields are always visible.
 */
export const isVisible = (entry: Scheduled, now: Date): boolean => {
  const t = now.getTime();
  if (entry.visibleFrom && t < new Date(entry.visibleFrom).getTime()) return false;
  if (entry.visibleUntil && t >= new Date(entry.visibleUntil).getTime()) return false;
  return true;
};

/** Fields of an entry an editor can archive (issue 33): its page stays, out of every list. */
export type Archivable = { archived?: boolean | null };

/** Whether a visible entry is shown in the lists, the home page, the feeds and the pagination. */
export const isListed = (entry: Scheduled & Archivable, now: Date): boolean => isVisible(entry, now) && entry.archived !== true;
