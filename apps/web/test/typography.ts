import { parse, TextNode, type HTMLElement } from 'node-html-parser';
import { gluedInHtml } from './glued-text';

/** Code and data: their text is left as written (src/lib/typography.ts). */
const VERBATIM = 'script, style, pre, code, kbd, samp, var, template';

/** Words the reader once saw glued by a lost template space. */
const KNOWN_GLUED = ['souslicence'];

const textOf = (node: HTMLElement): string =>
  node.childNodes.map((child) => (child instanceof TextNode ? child.text : 'childNodes' in child ? textOf(child as HTMLElement) : '')).join('');

const around = (text: string, index: number): string => `« ${text.slice(Math.max(0, index - 25), index + 10).replace(/\s+/g, (s) => (s === ' ' ? s : JSON.stringify(s).slice(1, -1)))} »`;

/**
 * What a reader of a page would see wrong in its French typography: an ordinary space (one that can
 * break the line) before « : ; ! ? » or inside « », a space other than the convention's (U+00A0
 * before the colon, U+202F before ; ! ? and inside « »), and words glued by a lost space.
 */
export const typographyFaults = (html: string): string[] => {
  const root = parse(html);
  for (const element of root.querySelectorAll(VERBATIM)) element.remove();
  const text = textOf(root);
  const faults: string[] = [];
  const check = (pattern: RegExp, what: string): void => {
    for (const match of text.matchAll(pattern)) faults.push(`${what} ${around(text, match.index ?? 0)}`);
  };
  check(/\s(?<![\u00a0])(?=:)/g, 'espace avant « : » autre qu’insécable');
  check(/\s(?<![\u202f])(?=[;!?])/g, 'espace avant « ; ! ? » autre que fine insécable');
  check(/«(?!\u202f)/g, 'après « sans fine insécable');
  check(/(?<!\u202f)»/g, 'avant » sans fine insécable');
  for (const word of KNOWN_GLUED) if (text.includes(word)) faults.push(`mots collés « ${word} »`);
  faults.push(...gluedInHtml(root).map((place) => `mots collés ${place}`));
  return faults;
};
