export type QuoteParts = { text: string; authorName: string | null; authorRole: string | null };

const SPEECH_VERBS = 'déclare|affirme|explique|raconte|témoigne|souligne|précise|ajoute|indique|conclut|confie|résume|rappelle|estime|dit';
const NAME = "\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,3}";
// "… » déclare Prénom Nom, rôle." or "Comme le déclare Prénom Nom, rôle « … »"
const ATTRIBUTION = new RegExp(`(?:${SPEECH_VERBS})\\s+(${NAME})(?:\\s*,\\s*([^«».]+?))?\\s*(?:[.«]|$)`, 'u');

/**
 * Separates the words quoted from their attribution, as the old site wrote quotes in running
 * text. Without guillemets the whole text is the quote; without a recognisable "déclare X, rôle"
 * the whole text is kept too (the words around the guillemets may be the only clue to who spoke),
 * the author stays unknown and the report says so.
 */
const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

export const splitQuote = (raw: string): QuoteParts => {
  const text = raw.replace(/\s+/g, ' ').trim();
  // A quote may be cut by its attribution: « début » confie X, rôle, « suite ».
  const spans = [...text.matchAll(/«\s*([^«»]+?)\s*»/g)];
  const words = spans.length ? spans.map((span) => span[1]?.trim()).join(' ') : text;
  const rest = spans.reduce((remaining, span) => remaining.replace(span[0], ' . '), text).trim();
  const attribution = ATTRIBUTION.exec(rest);
  return {
    text: attribution ? words : text,
    authorName: attribution?.[1]?.trim() ?? null,
    authorRole: capitalise(attribution?.[2]?.trim().replace(/^(un|une)\s+/i, '').replace(/[\s,;:]+$/, '') ?? '') || null,
  };
};
