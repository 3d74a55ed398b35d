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
