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
