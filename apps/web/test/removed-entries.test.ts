import { describe, expect, it } from 'vitest';
import type { RowRange } from '@bluehats/strapi-client';
import { removedAmong, type KnownEntry } from '../src/engine/content/removed-entries';

// 10,000 published entries whose rows are not consecutive (each publication writes a new row).
const known: KnownEntry[] = Array.from({ length: 10_000 }, (_, i) => ({ documentId: `doc-${i}`, row: 3 * i + (i % 7) }));

/** A CMS holding `published` rows: counts and lists a range as Strapi does, and counts the questions. */
const cms = (published: readonly KnownEntry[]) => {
  const asked = { count: 0, list: 0 };
  const inRange = ({ from, to }: RowRange) => published.filter((entry) => entry.row >= from && entry.row <= to);
  return {
    asked,
    questions: {
      count: async (rows: RowRange) => (asked.count += 1, inRange(rows).length),
      list: async (rows: RowRange) => (asked.list += 1, inRange(rows).map(({ documentId }) => ({ documentId, slug: null }))),
    },
  };
};

describe('which published entries went (fast rebuild, 10,000 entries)', () => {
  it('finds one unpublished entry in a few small questions, not by listing every key', async () => {
    const { asked, questions } = cms(known.filter((entry) => entry.documentId !== 'doc-6123'));
    expect(await removedAmong(known, 1, questions)).toEqual(['doc-6123']);
    // Listing every key takes 100 pages of 100.
    expect(asked.count + asked.list).toBeLessThanOrEqual(10);
  });

  it('finds several, wherever they are', async () => {
    const gone = new Set(['doc-0', 'doc-4999', 'doc-5000', 'doc-9999']);
    const { questions } = cms(known.filter((entry) => !gone.has(entry.documentId)));
    expect(new Set(await removedAmong(known, gone.size, questions))).toEqual(gone);
  });

  it('gives up when the counts do not add up (an edit landed meanwhile): the caller lists every key', async () => {
    const { questions } = cms(known.filter((entry) => entry.documentId !== 'doc-12'));
    expect(await removedAmong(known, 2, questions)).toBeNull();
  });
});
