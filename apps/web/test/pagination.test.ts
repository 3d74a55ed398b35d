import { describe, expect, it } from 'vitest';
import { pagesOf, shownPages } from '../src/lib/pagination';

describe('pagesOf', () => {
  it('cuts a list into full pages and a last partial one, numbered from 1', () => {
    const pages = pagesOf(Array.from({ length: 23 }, (_, i) => i), 10);
    expect(pages.map((p) => [p.current, p.total, p.items.length])).toEqual([[1, 3, 10], [2, 3, 10], [3, 3, 3]]);
    expect(pages[2]?.items).toEqual([20, 21, 22]);
  });

  it('gives an empty list one empty page, so that the list page always exists', () => {
    expect(pagesOf([], 10)).toEqual([{ current: 1, total: 1, items: [] }]);
  });
});

describe('shownPages', () => {
  it('shows every page of a short list', () => {
    expect(shownPages(1, 2)).toEqual([1, 2]);
    expect(shownPages(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('shows the first, the last, the current page and its neighbours of a long list, « … » for the others', () => {
    expect(shownPages(1, 834)).toEqual([1, 2, null, 834]);
    expect(shownPages(400, 834)).toEqual([1, null, 399, 400, 401, null, 834]);
    expect(shownPages(834, 834)).toEqual([1, null, 833, 834]);
    // One page between two shown ones is shown, never hidden behind « … ».
    expect(shownPages(4, 834)).toEqual([1, 2, 3, 4, 5, null, 834]);
  });
});
