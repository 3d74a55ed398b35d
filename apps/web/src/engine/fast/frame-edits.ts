import { diffArrays } from 'diff';

/**
 * The frame of a page: what the layout draws around the page's own `<main>` (head, header,
 * notices, footer), the only part of most pages that a type without a section of its own (site
 * settings, navigation) changes. Rendering a page's frame alone costs nearly as much as the page
 * (measured: 25 ms against 31 ms, on a loaded machine: the layout is most of a page's render), so
 * after such a change the renderer does not render each page: it renders one page of a route whole,
 * reads there what the change did to the frame (frameEdits), and makes the same edits in the frame of
 * the route's other pages, as served (applyFrameEdits, on their bytes). frame-pages.ts checks the result.
 */
export type FrameEdit = {
  /** The tokens around the edit that find it in another page: as few as find it in the page it was read from. */
  before: string;
  removed: string;
  added: string;
  after: string;
};

// Tags, words and the spaces between them: a new site name in the title of a page leaves the title's own words out of the edit.
const tokensOf = (html: string): string[] => html.match(/<[^>]*>|[^<\s]+|\s+/g) ?? [];

// The most tokens of context an edit takes on each side to be found.
const CONTEXT = 6;

const MAIN_OPEN = '<main';
const MAIN_CLOSE = '</main>';

type Span = { start: number; end: number };

/** Where the page's own content is, its `<main>` element whole: null when the page has none, or more than one. */
const contentOf = (page: Buffer): Span | null => {
  const start = page.indexOf(MAIN_OPEN);
  const end = page.lastIndexOf(MAIN_CLOSE);
  if (start < 0 || end < start || page.indexOf(MAIN_OPEN, start + 1) >= 0) return null;
  return { start, end: end + MAIN_CLOSE.length };
};

const overlaps = (start: number, end: number, content: Span): boolean => start < content.end && end > content.start;

/**
 * An edit as it is made in pages as served, in bytes: each served page is edited as read from the
 * disk, never decoded (at 10,000 articles, decoding and encoding the pages cost more than the edits).
 */
type ByteEdit = { needle: Buffer; skip: number; removed: number; added: Buffer; removedTexts: Buffer[] };

/** Edits read from one page of a route (frameEdits), ready for the route's other pages. */
export type PreparedEdits = readonly ByteEdit[];

export const prepareEdits = (edits: readonly FrameEdit[]): PreparedEdits =>
  edits.map((edit) => ({
    needle: Buffer.from(edit.before + edit.removed + edit.after),
    skip: Buffer.byteLength(edit.before),
    removed: Buffer.byteLength(edit.removed),
    added: Buffer.from(edit.added),
    // The texts leftOver looks for: those the edit removes and does not write again.
    removedTexts: edit.removed
      .split(/<[^>]*>/)
      .map((text) => text.trim())
      .filter((text) => text.length >= 3 && !edit.added.includes(text))
      .map((text) => Buffer.from(text)),
  }));

/** Where `edit` is in `page`, searched from `from` and outside its content; null when it is not. */
const locate = (page: Buffer, edit: ByteEdit, from: number, content: Span): number | null => {
  let at = page.indexOf(edit.needle, from);
  if (at >= 0 && overlaps(at + edit.skip, at + edit.skip + edit.removed, content)) at = page.indexOf(edit.needle, Math.max(from, content.end));
  return at < 0 ? null : at + edit.skip;
};

/**
 * What turned the served page into the rendered one, as edits of its frame; null when the change
 * reached the page's own content (its `<main>`), or the page has no single `<main>`.
 */
export const frameEdits = (served: string, rendered: string): FrameEdit[] | null => {
  const page = Buffer.from(served);
  const content = contentOf(page);
  if (!content || !contentOf(Buffer.from(rendered))) return null;
  const tokens = tokensOf(served);
  // Runs of tokens that differ: [first, last) in the served page, with what replaces them. Runs in
  // one text (the words of a tagline) make one edit; runs with a tag between them stay two, however
  // close: what lies between them may be the page's own (the address of a list page between its
  // description and its og:description), and an edit holding it would be found in no other page.
  const runs: Array<{ first: number; last: number; added: string[] }> = [];
  let index = 0;
  for (const change of diffArrays(tokens, tokensOf(rendered))) {
    if (!change.added && !change.removed) {
      index += change.count;
      continue;
    }
    const previous = runs.at(-1);
    const added = change.added ? change.value : [];
    const last = change.removed ? index + change.count : index;
    const between = previous ? tokens.slice(previous.last, index) : [];
    if (previous && between.length < 2 * CONTEXT && !between.some((token) => token.startsWith('<'))) {
      previous.added.push(...between, ...added);
      previous.last = last;
    } else runs.push({ first: index, last, added: [...added] });
    if (change.removed) index += change.count;
  }

  // Where each token starts in the page's bytes.
  const offsets = [0];
  for (const token of tokens) offsets.push((offsets.at(-1) ?? 0) + Buffer.byteLength(token));
  const edits: FrameEdit[] = [];
  let from = 0;
  let previousLast = 0;
  for (const { first, last, added } of runs) {
    const start = offsets[first] ?? 0;
    const end = offsets[last] ?? 0;
    if (overlaps(start, end, content)) return null;
    // The least context that finds this edit where it is (an insertion needs some). Its context
    // before starts after the previous edit, where applyFrameEdits looks for it; its context after
    // may reach into the next one: it is read in the page as served.
    let found: FrameEdit | undefined;
    for (let size = first === last ? 1 : 0; size <= CONTEXT && !found; size += 1) {
      const edit = { before: tokens.slice(Math.max(previousLast, first - size), first).join(''), removed: tokens.slice(first, last).join(''), added: added.join(''), after: tokens.slice(last, last + size).join('') };
      const [bytes] = prepareEdits([edit]);
      if (bytes && locate(page, bytes, from, content) === start) found = edit;
    }
    if (!found) return null;
    edits.push(found);
    from = end;
    previousLast = last;
  }
  return edits;
};

/** The served page with `edits` made in its frame; null when one is not found there. */
export const applyFrameEdits = (served: Buffer, edits: PreparedEdits): Buffer | null => {
  const content = contentOf(served);
  if (!content) return null;
  const parts: Buffer[] = [];
  let cursor = 0;
  for (const edit of edits) {
    const start = locate(served, edit, cursor, content);
    if (start === null) return null;
    parts.push(served.subarray(cursor, start), edit.added);
    cursor = start + edit.removed;
  }
  parts.push(served.subarray(cursor));
  return Buffer.concat(parts);
};

/**
 * Addresses the edits link to, in the site: a page at or under one may draw that link its own way
 * (the active menu item, `aria-current`), which the page the edits were read from does not show.
 */
export const linkedAddresses = (edits: readonly FrameEdit[]): string[] =>
  [...new Set(edits.flatMap((edit) => [...`${edit.removed}${edit.added}`.matchAll(/href="(\/[^"]*)"/g)].map((match) => match[1] ?? '')))].filter((address) => address !== '/' && address !== '');

/**
 * Text the edits removed that the edited frame still shows elsewhere: an old setting's value
 * that this page uses in a place of its own (a description that falls back to the tagline). Such
 * a page is rendered whole.
 */
export const leftOver = (edited: Buffer, edits: PreparedEdits): boolean => {
  const content = contentOf(edited);
  if (!content) return true;
  const [head, tail] = [edited.subarray(0, content.start), edited.subarray(content.end)];
  return edits.some((edit) => edit.removedTexts.some((text) => head.includes(text) || tail.includes(text)));
};
