/**
 * The frame of a page: what the layout draws around the page's own content (head, header, notices,
 * footer), the only part of most pages that a type without a section of its own (site settings,
 * navigation) changes. After such a change the renderer asks each page for its frame alone
 * (FRAME_HEADER: the page's code runs and gives the layout its props, the layout leaves FRAME_SLOT
 * where the page's content goes) and puts it around the content of the page already served
 * (spliceFrame), instead of rendering thousands of pages again (frame-pages.ts). The frame is the
 * page's own, drawn for its address: what differs from page to page in it (the active menu item, a
 * language link) follows.
 */

/** A request with this header is answered with the page's frame, FRAME_SLOT in place of its content. */
export const FRAME_HEADER = 'x-bluehats-frame-only';

/** Where the layout leaves the page's content out; a string no page writes. */
export const FRAME_SLOT = '<!--bluehats:frame-slot-->';

const MAIN_OPEN = '<main';
const MAIN_CLOSE = '</main>';

/**
 * The page `served` with the frame `frame` in place of its own: the page's content is what the
 * served page has between the frame's `<main …>` opening (its text up to the slot) and its closing
 * (its text from the slot to `</main>`), which no setting changes. Null when the frame has no slot
 * or no `<main>` around it, or the served page does not hold that opening once and that closing
 * after it: the page is then rendered whole.
 */
export const spliceFrame = (served: string, frame: string): string | null => {
  const slot = frame.indexOf(FRAME_SLOT);
  if (slot < 0 || frame.includes(FRAME_SLOT, slot + 1)) return null;
  const before = frame.slice(0, slot);
  const after = frame.slice(slot + FRAME_SLOT.length);
  const open = before.lastIndexOf(MAIN_OPEN);
  const close = after.indexOf(MAIN_CLOSE);
  if (open < 0 || close < 0) return null;
  const opening = before.slice(open);
  const closing = after.slice(0, close + MAIN_CLOSE.length);
  const start = served.indexOf(opening);
  if (start < 0 || served.includes(opening, start + 1)) return null;
  const end = served.lastIndexOf(closing);
  if (end < start + opening.length) return null;
  return before + served.slice(start + opening.length, end) + after;
};
