import { diffArrays } from 'diff';

/**
 * The frame of a page: what the layout draws around the page's own `<main>` (head, header,
 * notices, footer), the only part of most pages that a type without a section of its own (site
 * settings, navigation) changes. Rendering a page's frame alone costs nearly as much as the page
 * (measured: 25 ms against 31 ms, on a loaded machine: the layout is most of a page's render), so
 * after such a change the renderer does not render each page: it renders one page of a route whole,
 * reads there what the change did to the frame (frameEdits), and makes the same edits in the frame of
 * the route's other pages, as served (applyFrameEdits). frame-pages.ts checks the result.
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

// Unchanged tokens between two edits under which they make one: the context of one would overlap the other.
const CONTEXT = 6;

const MAIN_OPEN = '<main';
const MAIN_CLOSE = '</main>';

/** Where the page's own content is, its `<main>` element whole: null when the page has none, or more than one. */
const contentOf = (page: string): { start: number; end: number } | null => {
  const start = page.indexOf(MAIN_OPEN);
  const end = page.lastIndexOf(MAIN_CLOSE);
  if (start < 0 || end < start || page.includes(MAIN_OPEN, start + 1)) return null;
  return { start, end: end + MAIN_CLOSE.length };
};

const overlaps = (start: number, end: number, content: { start: number; end: number }): boolean => start < content.end && end > content.start;

/** Where `edit` is in `page`, searched from `from` and outside its content; null when it is not. */
const locate = (page: string, edit: FrameEdit, from: number, content: { start: number; end: number }): number | null => {
  const needle = edit.before + edit.removed + edit.after;
  let at = page.indexOf(needle, from);
  if (at >= 0 && overlaps(at + edit.before.length, at + edit.before.length + edit.removed.length, content)) at = page.indexOf(needle, Math.max(from, content.end));
  return at < 0 ? null : at + edit.before.length;
};

/**
 * What turned the served page into the rendered one, as edits of its frame; null when the change
 * reached the page's own content (its `<main>`), or the page has no single `<main>`.
 */
export const frameEdits = (served: string, rendered: string): FrameEdit[] | null => {
  const content = contentOf(served);
  if (!content || !contentOf(rendered)) return null;
  const tokens = tokensOf(served);
  // Runs of tokens that differ: [first, last) in the served page, with what replaces them.
  const runs: Array<{ first: number; last: number; added: string[] }> = [];
  let index = 0;
  for (const change of diffArrays(tokens, tokensOf(rendered))) {
    if (!change.added && !change.removed) {
      index += change.count;
      continue;
    }
    const previous = runs.at(-1);
    const run = previous && index - previous.last < 2 * CONTEXT ? previous : undefined;
    const added = change.added ? change.value : [];
    const last = change.removed ? index + change.count : index;
    if (run) {
      run.added.push(...tokens.slice(run.last, index), ...added);
      run.last = last;
    } else runs.push({ first: index, last, added: [...added] });
    if (change.removed) index += change.count;
  }

  const offsets = [0];
  for (const token of tokens) offsets.push((offsets.at(-1) ?? 0) + token.length);
  const edits: FrameEdit[] = [];
  let from = 0;
  for (const { first, last, added } of runs) {
    const start = offsets[first] ?? 0;
    const end = offsets[last] ?? 0;
    if (overlaps(start, end, content)) return null;
    // The least context that finds this edit where it is (an insertion needs some).
    let found: FrameEdit | undefined;
    for (let size = first === last ? 1 : 0; size <= CONTEXT && !found; size += 1) {
      const edit = { before: tokens.slice(Math.max(0, first - size), first).join(''), removed: tokens.slice(first, last).join(''), added: added.join(''), after: tokens.slice(last, last + size).join('') };
      if (locate(served, edit, from, content) === start) found = edit;
    }
    if (!found) return null;
    edits.push(found);
    from = end;
  }
  return edits;
};

/** The served page with `edits` made in its frame; null when one is not found there. */
export const applyFrameEdits = (served: string, edits: readonly FrameEdit[]): string | null => {
  const content = contentOf(served);
  if (!content) return null;
  let result = '';
  let cursor = 0;
  for (const edit of edits) {
    const start = locate(served, edit, cursor, content);
    if (start === null) return null;
    result += served.slice(cursor, start) + edit.added;
    cursor = start + edit.removed.length;
  }
  return result + served.slice(cursor);
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
export const leftOver = (edited: string, edits: readonly FrameEdit[]): boolean => {
  const content = contentOf(edited);
  if (!content) return true;
  const frame = edited.slice(0, content.start) + edited.slice(content.end);
  return edits.some((edit) =>
    edit.removed
      .split(/<[^>]*>/)
      .map((text) => text.trim())
      .some((text) => text.length >= 3 && !edit.added.includes(text) && frame.includes(text)),
  );
};
