import { z } from 'zod';

// Mirrors the node types accepted by Strapi's blocks validator
// (@strapi/core entity-validator/blocks-validator), so anything Strapi stores parses here.

export type BlocksTextNode = {
  type: 'text';
  text: string;
  bold?: boolean | undefined;
  italic?: boolean | undefined;
  underline?: boolean | undefined;
  strikethrough?: boolean | undefined;
  code?: boolean | undefined;
};

export type BlocksLinkNode = { type: 'link'; url: string; children: BlocksTextNode[] };

export type BlocksInlineNode = BlocksTextNode | BlocksLinkNode;

export type BlocksParagraphNode = { type: 'paragraph'; children: BlocksInlineNode[] };

export type BlocksHeadingNode = {
  type: 'heading';
  level: 1 | 2 | 3 | 4 | 5 | 6;
  children: BlocksInlineNode[];
};

export type BlocksQuoteNode = { type: 'quote'; children: BlocksInlineNode[] };

export type BlocksCodeNode = {
  type: 'code';
  language?: string | null | undefined;
  children: BlocksTextNode[];
};

export type BlocksListItemNode = { type: 'list-item'; children: BlocksInlineNode[] };

export type BlocksListNode = {
  type: 'list';
  format: 'ordered' | 'unordered';
  indentLevel?: number | undefined;
  children: (BlocksListItemNode | BlocksListNode)[];
};

export type BlocksNodeImage = {
  url: string;
  name: string;
  alternativeText?: string | null | undefined;
  caption?: string | null | undefined;
  width?: number | null | undefined;
  height?: number | null | undefined;
  mime?: string | undefined;
};

export type BlocksImageNode = { type: 'image'; image: BlocksNodeImage; children: BlocksInlineNode[] };

export type BlocksNode =
  | BlocksParagraphNode
  | BlocksHeadingNode
  | BlocksQuoteNode
  | BlocksCodeNode
  | BlocksListNode
  | BlocksImageNode;

/** The value of a Strapi `blocks` (rich text) field. */
export type BlocksContent = BlocksNode[];

// Object schemas stay un-annotated so they can feed discriminated unions (precise errors);
// the exported aggregates are annotated with the hand-written types above.
const textNode = z.object({
  type: z.literal('text'),
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
  strikethrough: z.boolean().optional(),
  code: z.boolean().optional(),
});

const linkNode = z.object({ type: z.literal('link'), url: z.string(), children: z.array(textNode) });

export const BlocksInlineNodeSchema: z.ZodType<BlocksInlineNode> = z.discriminatedUnion('type', [textNode, linkNode]);

const inlineChildren = z.array(BlocksInlineNodeSchema);

const listItemNode = z.object({ type: z.literal('list-item'), children: inlineChildren });

// Lists nest (an indented list is a child of its parent list): the lazy child schema breaks the cycle.
const listChild: z.ZodType<BlocksListItemNode | BlocksListNode> = z.lazy(() =>
  z.discriminatedUnion('type', [listItemNode, listNode]),
);

const listNode = z.object({
  type: z.literal('list'),
  format: z.enum(['ordered', 'unordered']),
  indentLevel: z.number().int().optional(),
  children: z.array(listChild),
});

const imageNode = z.object({
  type: z.literal('image'),
  image: z.object({
    url: z.string(),
    name: z.string(),
    alternativeText: z.string().nullable().optional(),
    caption: z.string().nullable().optional(),
    width: z.number().nullable().optional(),
    height: z.number().nullable().optional(),
    mime: z.string().optional(),
  }),
  children: inlineChildren,
});

export const BlocksNodeSchema: z.ZodType<BlocksNode> = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), children: inlineChildren }),
  z.object({
    type: z.literal('heading'),
    level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)]),
    children: inlineChildren,
  }),
  z.object({ type: z.literal('quote'), children: inlineChildren }),
  z.object({ type: z.literal('code'), language: z.string().nullable().optional(), children: z.array(textNode) }),
  listNode,
  imageNode,
]);

/** Schema of a Strapi `blocks` (rich text) field value. */
export const BlocksContentSchema: z.ZodType<BlocksContent> = z.array(BlocksNodeSchema);
