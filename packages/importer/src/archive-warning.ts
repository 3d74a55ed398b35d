/**
 * The old site kept obsolete pages online with a warning typed by hand at the top of their text
 * (« Cette page est conservée à des fins d’archivage », « ⚠️ Page archivée : … », in a quote, in
 * bold…). The CMS has archiving of its own (issue 33): such a page is imported archived, its
 * reason taken from the warning. The warning stays in the text, for an editor to remove: the
 * migration's promise is every word of the old page on the new one (fidelity.ts). Tolerant by
 * design: any first block of the text, of a few sentences, that speaks of archives.
 */
export type ArchiveWarning = {
  /** The reason shown in the notice « Cette page est archivée : … ». */
  reason: string;
  /** Whether the warning gave no reason of its own (an editor should write one). */
  generic: boolean;
};

const GENERIC_REASON = 'elle est conservée telle qu’elle était sur l’ancien site, à des fins d’archivage';

// Markdown and HTML decorations around a warning: quote marks, emphasis, headings, tags, emoji.
const plain = (block: string): string =>
  block
    .replace(/<[^>]+>/g, ' ')
    .replace(/^\s{0,3}(?:>\s?|#{1,6}\s|[-*]\s)/gm, '')
    .replace(/[*_`~]+/g, '')
    .replace(/\p{Extended_Pictographic}\uFE0F?/gu, '')
    .replace(/\s+/g, ' ')
    .trim();

// What the old pages wrote: « à des fins d’archivage », « à titre d’archive », « page archivée »,
// « conservée pour archive », « Archivé : … ». Not any mention of archives (« les Archives nationales »).
const ARCHIVE = /fins?\s+d['’]archiv|titre\s+d['’]archiv|(?:page|article|contenu|document)s?\s+(?:est\s+|sont\s+)?archivée?s?|conservée?s?\s+(?:pour|en|comme)\s+(?:mémoire|archives?)|^archivée?s?\s*[:–—-]/i;

// The reason follows a colon in the notice: a sentence's first common word loses its capital, a name keeps it.
const COMMON_FIRST_WORDS = /^(?:Le|La|Les|L’|L'|Ce|Cet|Cette|Ces|Son|Sa|Ses|Un|Une|Des|Depuis|Elle|Il|Ils|Elles|Remplacée?s?|Voir)\b/u;
const afterColonCase = (reason: string): string => (COMMON_FIRST_WORDS.test(reason) ? reason.charAt(0).toLowerCase() + reason.slice(1) : reason);
// « Attention : », « Avertissement – », « Note : » before the warning itself.
const LEAD_IN = /^(?:attention|avertissement|important|note|info(?:rmation)?)\s*[:–—-]\s*/i;

export const archiveWarningOf = (body: string): ArchiveWarning | null => {
  const first = body.split(/\n\s*\n/).find((block) => block.trim() !== '' && !/^\s*<!--[\s\S]*-->\s*$/.test(block));
  if (first === undefined) return null;
  const text = plain(first).replace(LEAD_IN, '');
  if (!ARCHIVE.test(text) || text.length > 600) return null;
  const sentences = text.split(/(?<=[.!?…])\s+/).map((s) => s.trim()).filter(Boolean);
  const others = sentences.filter((sentence) => !ARCHIVE.test(sentence));
  // « Page archivée : le plan a été remplacé. » gives its reason after the colon.
  const afterColon = sentences.find((sentence) => ARCHIVE.test(sentence))?.split(/\s[:–—-]\s|:\s/).slice(1).join(' : ').trim();
  const reason = (others.join(' ') || afterColon || '').replace(/[.\s]+$/, '');
  return {
    reason: reason ? afterColonCase(reason) : GENERIC_REASON,
    generic: !reason,
  };
};
