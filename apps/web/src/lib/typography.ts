/**
 * French typography of every text a reader sees, applied to whole pages (src/middleware.ts) and to
 * the RSS feed, so that the static build, the fast rebuild and the preview all give the same bytes.
 *
 * Typograf (MIT, maintained) does the hard part: it works on HTML without touching tags,
 * attributes, comments, <pre>, <code>, <kbd>, <samp>, <var>, <script> (JSON-LD included), <style>
 * or URLs written in the text, and handles paragraphs, headings and <title> one by one. From it
 * we take its French quotation marks (« » with a narrow no-break space inside, ‹ › nested) and
 * none of its other rules, which are Russian or English habits.
 *
 * Typograf has no rule for the space before French high punctuation: that one rule is ours. The
 * convention is the Imprimerie nationale's (Lexique des règles typographiques) as most French
 * publishers apply it on screen: a no-break space (U+00A0) before « : », a narrow no-break space
 * (U+202F) before « ; ! ? » and inside « ». It only changes a space that is there: it never adds
 * one where an editor wrote none, so that times (14:00), addresses and code written without
 * spaces stay as they are.
 */
import Typograf from 'typograf';

export const NO_BREAK_SPACE = '\u00a0';
export const NARROW_NO_BREAK_SPACE = '\u202f';

const HIGH_PUNCTUATION_RULE = 'fr/nbsp/highPunctuation';
// Any run of spaces (a line break in a template included) before the mark: one no-break space.
const SPACES = '[ \\t\\n\\u00a0\\u202f]+';
const beforeNarrow = new RegExp(`${SPACES}([;!?])`, 'g');
const beforeColon = new RegExp(`${SPACES}:`, 'g');

// Typograf decodes every numeric entity of the text into its character: text escaped as
// « &#60;script&#62; » would come out as markup. Run on the text alone (tags, scripts and code
// hidden, just before that decoding), this gives the entities HTML reads as syntax their named
// form, which Typograf keeps.
const KEEP_SYNTAX_ESCAPED_RULE = 'common/html/keepSyntaxEscaped';
const SYNTAX_ENTITIES: ReadonlyArray<readonly [RegExp, string]> = [
  [/&#(?:0*60|x0*3c);/gi, '&lt;'],
  [/&#(?:0*62|x0*3e);/gi, '&gt;'],
  [/&#(?:0*38|x0*26);/gi, '&amp;'],
];

// Typograf's rules are registered on the class, once per process (Vite may load this module twice).
if (!Typograf.getRule(KEEP_SYNTAX_ESCAPED_RULE)) {
  Typograf.addRule({
    name: KEEP_SYNTAX_ESCAPED_RULE,
    queue: 'hide-safe-tags',
    handler: (text: string) => SYNTAX_ENTITIES.reduce((escaped, [entity, named]) => escaped.replace(entity, named), text),
  });
}
if (!Typograf.getRule(HIGH_PUNCTUATION_RULE)) {
  Typograf.addRule({
    name: HIGH_PUNCTUATION_RULE,
    handler: (text: string) => text.replace(beforeNarrow, `${NARROW_NO_BREAK_SPACE}$1`).replace(beforeColon, `${NO_BREAK_SPACE}:`),
  });
}

const typograf = new Typograf({ locale: ['fr'] });
typograf.disableRule('*');
typograf.enableRule([KEEP_SYNTAX_ESCAPED_RULE, 'common/punctuation/quote', HIGH_PUNCTUATION_RULE]);

/** The text or HTML with French spaces around punctuation and quotation marks (characters, not entities). */
export const frenchTypography = (text: string): string => typograf.execute(text);
