type Dated = { id: string; data: { date: string } };

/** Newest first, then by slug: the order of the list, the pagination, the feed and previous/next links. */
export const newestFirst = (a: Dated, b: Dated): number => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id);
