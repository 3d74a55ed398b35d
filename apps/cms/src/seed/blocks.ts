/**
 * The subset of Strapi's "blocks" rich-text format used by the demo content, with small builders
 * so that the French prose in demo/ stays readable. The shapes follow Strapi's blocks
 * validator (@strapi/core, services/entity-validator/blocks-validator): text and link inline nodes;
 * paragraph, heading, list and quote blocks. Images are left out: the seed has no media files.
 */

export type TextNode = {
  type: 'text';
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  code?: boolean;
};

export type LinkNode = { type: 'link'; url: string; children: TextNode[] };

export type InlineNode = TextNode | LinkNode;

export type ParagraphBlock = { type: 'paragraph'; children: InlineNode[] };

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export type HeadingBlock = { type: 'heading'; level: HeadingLevel; children: InlineNode[] };

export type ListItemBlock = { type: 'list-item'; children: InlineNode[] };

export type ListBlock = { type: 'list'; format: 'ordered' | 'unordered'; children: ListItemBlock[] };

export type QuoteBlock = { type: 'quote'; children: InlineNode[] };

export type Block = ParagraphBlock | HeadingBlock | ListBlock | QuoteBlock;

export type Blocks = Block[];

/** A piece of inline content: plain text written as a string, or a node built with bold()/link(). */
export type Inline = string | InlineNode;

const toInline = (parts: readonly Inline[]): InlineNode[] =>
  parts.map((part) => (typeof part === 'string' ? { type: 'text', text: part } : part));

export const bold = (text: string): TextNode => ({ type: 'text', text, bold: true });

export const italic = (text: string): TextNode => ({ type: 'text', text, italic: true });

export const link = (url: string, label: string): LinkNode => ({
  type: 'link',
  url,
  children: [{ type: 'text', text: label }],
});

export const paragraph = (...parts: Inline[]): ParagraphBlock => ({ type: 'paragraph', children: toInline(parts) });

export const heading = (level: HeadingLevel, ...parts: Inline[]): HeadingBlock => ({
  type: 'heading',
  level,
  children: toInline(parts),
});

/** Each item is either one inline part or an array of parts (to mix bold text and links). */
const list = (format: ListBlock['format'], items: ReadonlyArray<Inline | Inline[]>): ListBlock => ({
  type: 'list',
  format,
  children: items.map((item) => ({ type: 'list-item', children: toInline(Array.isArray(item) ? item : [item]) })),
});

export const bulletList = (...items: Array<Inline | Inline[]>): ListBlock => list('unordered', items);

export const numberedList = (...items: Array<Inline | Inline[]>): ListBlock => list('ordered', items);

export const blockquote = (...parts: Inline[]): QuoteBlock => ({ type: 'quote', children: toInline(parts) });
