/**
 * The French spaces of one run of text (src/lib/typography.ts gives the convention and applies it
 * to the text nodes of each page). Without dependencies: the search page's script builds its
 * messages with it in the browser.
 */
const NO_BREAK_SPACE = '\u00a0';
const NARROW_NO_BREAK_SPACE = '\u202f';

// Any run of spaces (a line break of a template included) becomes the one space of the convention.
const SPACES = '[ \\t\\r\\n\\u00a0\\u202f]';
const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [new RegExp(`${SPACES}+([;!?])`, 'g'), `${NARROW_NO_BREAK_SPACE}$1`],
  [new RegExp(`${SPACES}+:`, 'g'), `${NO_BREAK_SPACE}:`],
  [new RegExp(`«${SPACES}*`, 'g'), `«${NARROW_NO_BREAK_SPACE}`],
  [new RegExp(`${SPACES}*»`, 'g'), `${NARROW_NO_BREAK_SPACE}»`],
];
export const MARKS = /[:;!?«»]/;

/** One run of text, as written in the source (entities included): the convention's spaces. */
export const frenchText = (text: string): string => (MARKS.test(text) ? RULES.reduce((typeset, [pattern, space]) => typeset.replace(pattern, space), text) : text);

