import { ImportError } from './errors';

export type DecodedText = { text: string; repair: string | null };

// Mac Roman's upper half (0x80–0xFF) as Unicode, to re-encode text that was decoded with it.
const MAC_ROMAN_HIGH =
  'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø¿¡¬√ƒ≈∆«»…\u00a0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uf8ffÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ';
const macRomanByte = new Map([...MAC_ROMAN_HIGH].map((char, i) => [char, 0x80 + i]));

// Windows-1252 characters in 0x80–0x9F; the rest of Latin-1 maps to itself.
const CP1252_HIGH: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a, '‹': 0x8b, 'Œ': 0x8c,
  'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b,
  'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

type Encoding = { name: string; byteOf: (char: string) => number | undefined };

const encodings: Encoding[] = [
  { name: 'Mac Roman', byteOf: (c) => (c.charCodeAt(0) < 0x80 ? c.charCodeAt(0) : macRomanByte.get(c)) },
  { name: 'Windows-1252 / Latin-1', byteOf: (c) => { const code = c.charCodeAt(0); return code < 0x100 && !(code >= 0x80 && code < 0xa0) ? code : CP1252_HIGH[c]; } },
];

// Sequences that real French text never contains but UTF-8 read as Mac Roman / Latin-1 always does.
const GARBLED = [/√[†©®®¢™¨¥¨Æß]/, /Ã[©¨ ª§®´¹¢»§]/, /â€[™œ\u009d˜“”¦]/, /¬†/, /‚Äô|‚Äú|‚Äù/];

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
const firstInvalidByte = (bytes: Uint8Array): number => {
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i] ?? 0;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k += 1) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += length;
  }
  return bytes.length;
};

/** Re-encodes text with a legacy code page; null when a character has no byte in it. */
const reencode = (text: string, encoding: Encoding): Uint8Array | null => {
  const bytes: number[] = [];
  for (const char of text) {
    const byte = encoding.byteOf(char);
    if (byte === undefined) return null;
    bytes.push(byte);
  }
  return Uint8Array.from(bytes);
};

const garbledScore = (text: string): number => GARBLED.reduce((n, pattern) => n + (text.match(new RegExp(pattern, 'g'))?.length ?? 0), 0);

/**
 * Reads a file's bytes as UTF-8. Text that was once decoded with the wrong code page and saved
 * again (the classic "Ã©" or "√©") is detected and restored; bytes that are not UTF-8 at all
 * are refused, with the offset of the first bad byte.
 */
export const decodeSource = (file: string, bytes: Uint8Array): DecodedText => {
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    throw new ImportError(
      file,
      `ce fichier n’est pas en UTF-8 (octet invalide à la position ${firstInvalidByte(bytes)}) : réenregistrez-le en UTF-8 avant de l’importer.`,
    );
  }
  text = text.replace(/^\uFEFF/, '');
  if (garbledScore(text) === 0) return { text, repair: null };
  for (const encoding of encodings) {
    const raw = reencode(text, encoding);
    if (!raw) continue;
    try {
      const repaired = strictUtf8.decode(raw);
      if (garbledScore(repaired) < garbledScore(text)) {
        const word = firstGarbledWord(text);
        const fixedWord = strictUtf8.decode(reencode(word, encoding) ?? new Uint8Array());
        return { text: repaired, repair: `texte réparé : de l’UTF-8 avait été lu comme du ${encoding.name} (ex. « ${word} » → « ${fixedWord} »)` };
      }
    } catch {
      // not this code page
    }
  }
  return { text, repair: null };
};

const firstGarbledWord = (text: string): string => {
  const at = Math.min(...GARBLED.map((pattern) => text.search(pattern)).filter((i) => i >= 0));
  const start = text.lastIndexOf(' ', at) + 1;
  const end = text.indexOf(' ', at);
  return text.slice(start, end === -1 ? undefined : end).replace(/[\s"]/g, '');
};
