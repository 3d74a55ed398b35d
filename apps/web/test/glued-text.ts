import { TextNode, type HTMLElement as ParsedElement } from 'node-html-parser';

/**
 * Runs in the page (Playwright's evaluate): every place where a letter and a digit touch on screen
 * across an element boundary, e.g. « jusqu’au31 » when a flex container drops the space the HTML has.
 * Measured from the layout, because the HTML source can hold the space and the reader still not see it.
 */
export const gluedAcrossElements = (): string[] => {
  const texts: Text[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Text && node.data.trim() !== '') texts.push(node);
  }
  const charBox = (text: Text, index: number): DOMRect | undefined => {
    const range = document.createRange();
    range.setStart(text, index);
    range.setEnd(text, index + 1);
    return range.getClientRects()[0];
  };
  const letterThenDigit = (a: string, b: string): boolean =>
    (/\p{L}/u.test(a) && /\p{N}/u.test(b)) || (/\p{N}/u.test(a) && /\p{L}/u.test(b));
  const found: string[] = [];
  for (let i = 1; i < texts.length; i += 1) {
    const before = texts[i - 1] as Text;
    const after = texts[i] as Text;
    const last = before.data.trimEnd().length - 1;
    const first = after.data.length - after.data.trimStart().length;
    const a = before.data.charAt(last);
    const b = after.data.charAt(first);
    if (!letterThenDigit(a, b)) continue;
    const boxA = charBox(before, last);
    const boxB = charBox(after, first);
    // Not rendered, or on another line: nothing glued for the eye.
    if (!boxA || !boxB || boxA.width === 0 || boxB.width === 0 || Math.abs(boxA.top - boxB.top) > boxA.height / 2) continue;
    const fontSize = Number.parseFloat(getComputedStyle(after.parentElement ?? document.body).fontSize);
    // A space is about a quarter of an em wide; less than a tenth means the characters touch.
    if (boxB.left - boxA.right < fontSize / 10) found.push(`« ${before.data.trimEnd().slice(-30)}|${after.data.trimStart().slice(0, 30)} »`);
  }
  return found;
};

/** Inline elements whose text runs on with the words around them (sup and sub may touch a word: « 1<sup>er</sup> »). */
const INLINE = new Set(['a', 'abbr', 'b', 'code', 'em', 'i', 'mark', 's', 'small', 'span', 'strong', 'time', 'u']);
const letter = /\p{L}/u;

/**
 * In the HTML source: a word that runs into an inline element with no space between, e.g. « sous<a>licence »
 * when a template's line break is dropped. The reader sees one word, on any layout.
 */
export const gluedInHtml = (root: ParsedElement): string[] => {
  const found: string[] = [];
  for (const element of root.querySelectorAll([...INLINE].join(', '))) {
    const text = element.text;
    const before = element.previousSibling;
    const after = element.nextSibling;
    if (before instanceof TextNode && letter.test(before.text.slice(-1)) && letter.test(text.charAt(0))) found.push(`« ${before.text.slice(-20)}|${text.slice(0, 20)} »`);
    if (after instanceof TextNode && letter.test(text.slice(-1)) && letter.test(after.text.charAt(0))) found.push(`« ${text.slice(-20)}|${after.text.slice(0, 20)} »`);
  }
  return found;
};
