/**
 * French typography of every text a reader sees, applied to whole pages (src/middleware.ts), to
 * the RSS feed and to the redirect pages, so that the static build, the fast rebuild and the
 * preview all give the same bytes.
 *
 * The convention is the Imprimerie nationale's (Lexique des règles typographiques) as most French
 * publishers apply it on screen: a no-break space (U+00A0) before « : », a narrow no-break space
 * (U+202F) before « ; ! ? » and inside « ». Only a space that is written is changed (« : » keeps
 * the line of the word before it); none is added where an editor wrote none, so that times
 * (14:00), addresses (https://…?q=a) and identifiers stay as they are. Quotation marks are not
 * changed either: « » get their spaces, "" and “” stay as written.
 *
 * Hand-written rules on the text of a real HTML parse, because the maintained libraries fail on
 * whole pages (tried 7 December 2026). Typograf 7.8 hides tags with a regular expression that ends
 * a tag at the first « > », even inside a quoted attribute: `content="<IMG SRC=&quot;…&quot;>"`
 * came out with its closing quote turned into « « » (the XSS test caught it); it also decodes
 * numeric entities, turning an escaped « &#60;script&#62; » into markup. richtypo 8 hides tags the
 * same way, and its French rule adds a space before every colon (« 14 :00 », « https ://… »).
 * astro-typograf runs Typograf on the built files, after `astro build`: the fast rebuild would miss it.
 * Here node-html-parser (already the site's parser) finds the text nodes and their place in the
 * page; only their characters change, never a tag, an attribute, an entity, a comment, nor the
 * content of <script>, <style>, <pre>, <code>, <kbd>, <samp>, <var>, <textarea> or <template>.
 */
import { parse, TextNode, type HTMLElement } from 'node-html-parser';

import { frenchText, MARKS } from './french-text';

/** Elements whose text is code or data, left as written. */
const VERBATIM = new Set(['script', 'style', 'pre', 'code', 'kbd', 'samp', 'var', 'textarea', 'template']);

type Place = { start: number; end: number; text: string };

const textPlaces = (element: HTMLElement, places: Place[]): Place[] => {
  for (const child of element.childNodes) {
    if (child instanceof TextNode) {
      const [start, end] = child.range;
      if (MARKS.test(child.rawText)) places.push({ start, end, text: child.rawText });
    } else if ('tagName' in child) {
      const tag = (child as HTMLElement).rawTagName?.toLowerCase() ?? '';
      if (!VERBATIM.has(tag)) textPlaces(child as HTMLElement, places);
    }
  }
  return places;
};

/** The page (or any HTML) with French spaces around punctuation and inside « », as characters. */
export const frenchTypography = (html: string): string => {
  if (!MARKS.test(html)) return html;
  // <pre> and <noscript> parsed as markup, so that their elements (and what to leave) are seen.
  const root = parse(html, { comment: false, blockTextElements: { script: true, style: true } });
  let typeset = '';
  let from = 0;
  for (const place of textPlaces(root, [])) {
    typeset += html.slice(from, place.start) + frenchText(place.text);
    from = place.end;
  }
  return typeset + html.slice(from);
};
