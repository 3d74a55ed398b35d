import type { EntryKey, RowRange } from '@bluehats/strapi-client';

/** A published entry as a sync knows it: its document, and the database row of its published version. */
export type KnownEntry = { documentId: string; row: number };

/** What the search asks the CMS: how many published rows a range holds, and which documents they are. */
export type RangeQuestions = {
  count: (rows: RowRange) => Promise<number>;
  list: (rows: RowRange) => Promise<EntryKey[]>;
};

// A part small enough to list in one request (the client's page).
const LISTED_AT_ONCE = 100;

const rangeOf = (part: readonly KnownEntry[]): RowRange => ({ from: part[0]?.row ?? 0, to: part.at(-1)?.row ?? 0 });

/**
 * Which of the `known` entries are no longer published, when `lost` of them went (their number
 * less the CMS's count). Every published entry is known (it was, or it changed since), so a range
 * of row ids in which the CMS counts as many rows as are known there lost none: the known rows are
 * halved, one half is counted, and only a half that lost some is searched further, down to a part
 * of one page, which is listed. k removals among N entries cost about k·log2(N/100) small counts
 * and k lists, where listing every key costs N/100 requests (100 at 10,000 articles, about 1 s).
 * Null when the counts do not add up (an edit landed during the search): the caller lists every key.
 */
export const removedAmong = async (known: readonly KnownEntry[], lost: number, ask: RangeQuestions): Promise<string[] | null> => {
  const sorted = [...known].sort((a, b) => a.row - b.row);
  let consistent = true;
  const search = async (part: readonly KnownEntry[], lostHere: number): Promise<string[]> => {
    if (lostHere < 0 || lostHere > part.length) consistent = false;
    if (!consistent || lostHere === 0) return [];
    if (part.length <= LISTED_AT_ONCE) {
      const present = new Set((await ask.list(rangeOf(part))).map((key) => key.documentId));
      return part.filter((entry) => !present.has(entry.documentId)).map((entry) => entry.documentId);
    }
    const half = part.slice(0, Math.ceil(part.length / 2));
    const lostInHalf = half.length - (await ask.count(rangeOf(half)));
    const found = await Promise.all([search(half, lostInHalf), search(part.slice(half.length), lostHere - lostInHalf)]);
    return found.flat();
  };
  const removed = await search(sorted, lost);
  return consistent && removed.length === lost ? removed : null;
};
