/**
 * Entries per page of a list: /articles/ and each English section (/en/<section>/). The fast
 * rebuild also needs it, to know which page of /articles/ an edit touches.
 */
export const ENTRIES_PER_PAGE = 12;

export type ListPage<T> = { current: number; total: number; items: T[] };

/** A list cut into pages of `size`; an empty list is one empty page, so the first page always exists. */
export const pagesOf = <T>(items: readonly T[], size: number): ListPage<T>[] => {
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => ({ current: i + 1, total, items: items.slice(i * size, (i + 1) * size) }));
};

/** The address of a list's page: the first at the list's own (`/articles/`), the next ones at `page/<n>/` under it. */
export const listPageHref =
  (listPath: string) =>
  (page: number): string =>
    page === 1 ? listPath : `${listPath}page/${page}/`;

/**
 * The page numbers a list's pagination shows: the first, the last, the current one and its
 * neighbours, `null` standing for each run of the others (the DSFR's truncation, « … »). A run of
 * one page is shown rather than hidden. All of them would make each page's pagination as long as
 * the list (834 links at 10,000 articles), and the page as slow to read, with a screen reader too.
 */
export const shownPages = (current: number, total: number): Array<number | null> => {
  const kept = [...new Set([1, current - 1, current, current + 1, total])].filter((page) => page >= 1 && page <= total).sort((a, b) => a - b);
  return kept.flatMap((page, i) => {
    const previous = kept[i - 1];
    if (previous === undefined || page - previous === 1) return [page];
    return page - previous === 2 ? [previous + 1, page] : [null, page];
  });
};
