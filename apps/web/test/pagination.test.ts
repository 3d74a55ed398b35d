import { describe, expect, it } from 'vitest';
import { pagesOf } from '../src/lib/pagination';

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
