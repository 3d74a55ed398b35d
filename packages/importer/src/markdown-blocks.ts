import type { BlocksContent, BlocksInlineNode, BlocksListNode, BlocksNode, BlocksTextNode } from '@bluehats/content-types';
import type { Token, Tokens } from 'marked';
import { decodeHTML } from 'entities';

type Marks = Pick<BlocksTextNode, 'bold' | 'italic' | 'strikethrough' | 'code'>;

/** Told of each construct the rich text cannot hold (kept as text, or dropped): the report names it with its line. */
export type KeptAsText = (raw: string, message: string) => void;

const KEPT = 'non pris en charge par le texte enrichi, gardé comme texte';

// Inline tags that only wrap text (their words stay): anything else carries content of its own.
const WRAPPERS = /^<\/?(a|abbr|b|bdi|cite|code|del|dfn|em|i|ins|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var|wbr)(\s[^>]*)?>$/i;

// A table where rich text cannot hold one (a list item, a quote): one line per row, cells joined.
const tableAsText = (token: Tokens.Table): string =>
  [token.header.map((c) => c.text), ...token.rows.map((row) => row.map((c) => c.text))].map((cells) => cells.join(' — ')).join('\n');

const keptAsText = (token: Token, kept: KeptAsText): string => {
  const what = token.type === 'table' ? 'tableau dans une liste ou une citation' : token.type;
  kept(token.raw, `${what} ${KEPT}`);
  return token.type === 'table' ? tableAsText(token as Tokens.Table) : token.raw.trim();
};

/** Marked's inline tokens as Strapi rich-text inline nodes; formatting nests into flags. */
const inline = (file: string, kept: KeptAsText, tokens: Token[] | undefined, marks: Marks = {}): BlocksInlineNode[] =>
  (tokens ?? []).flatMap((token): BlocksInlineNode[] => {
    switch (token.type) {
      case 'text':
      case 'escape':
        return 'tokens' in token && token.tokens?.length
          ? inline(file, kept, token.tokens, marks)
          : [{ type: 'text', text: decodeHTML(token.text as string), ...marks }];
      case 'strong':
        return inline(file, kept, token.tokens, { ...marks, bold: true });
      case 'em':
        return inline(file, kept, token.tokens, { ...marks, italic: true });
      case 'del':
        return inline(file, kept, token.tokens, { ...marks, strikethrough: true });
      case 'codespan':
        return [{ type: 'text', text: decodeHTML(token.text as string), ...marks, code: true }];
      case 'br':
        return [{ type: 'text', text: '\n', ...marks }];
      case 'space':
        // the blank line between two paragraphs of a loose list item
        return [{ type: 'text', text: '\n', ...marks }];
      case 'link': {
        const children = inline(file, kept, token.tokens, marks).flatMap((n) => (n.type === 'text' ? [n] : n.children));
        return [{ type: 'link', url: (token as Tokens.Link).href, children }];
      }
      case 'html': {
        const tag = (token.raw as string).trim();
        if (/^<br\s*\/?>$/i.test(tag)) return [{ type: 'text', text: '\n', ...marks }];
        // <span>, <strong>…: their words are the text tokens around them. Any other tag is named.
        if (!WRAPPERS.test(tag)) kept(tag, `balise HTML ${tag.length > 60 ? `${tag.slice(0, 59)}…` : tag} retirée du texte`);
        return [];
      }
      case 'image':
        // inside a link or emphasis (a paragraph's own images are blocks): its text alternative stays
        kept(token.raw, `image dans un lien ou une mise en forme (${(token as Tokens.Image).href}) : son texte alternatif ${KEPT}`);
        return [{ type: 'text', text: (token as Tokens.Image).text, ...marks }];
      default:
        // a block inside a list item starts on its own line
        return [{ type: 'text', text: `${token.type === 'table' ? '\n' : ''}${keptAsText(token, kept)}`, ...marks }];
    }
  });

const nonEmpty = (nodes: BlocksInlineNode[]): BlocksInlineNode[] => (nodes.length > 0 ? nodes : [{ type: 'text', text: '' }]);

// A list inside an item follows that item in its parent's children: Strapi's own shape for indented lists.
const list = (file: string, kept: KeptAsText, token: Tokens.List): BlocksListNode => ({
  type: 'list',
  format: token.ordered ? 'ordered' : 'unordered',
  children: token.items.flatMap((item) => {
    const nested = item.tokens.filter((t): t is Tokens.List => t.type === 'list').map((t) => list(file, kept, t));
    const text = item.tokens.filter((t) => t.type !== 'list').flatMap((t) => inline(file, kept, 'tokens' in t && t.tokens ? t.tokens : [t]));
    return [{ type: 'list-item' as const, children: nonEmpty(text) }, ...nested];
  }),
});

export type MarkdownPart = { kind: 'blocks'; blocks: BlocksContent } | { kind: 'image'; src: string; alt: string };

/**
 * Block-level Markdown tokens as Strapi rich-text nodes. An image alone in its paragraph becomes
 * its own part (an image block with an upload); anything the rich-text editor cannot hold is kept
 * as text and told to `kept`, so one construct never costs a whole file.
 */
export const markdownParts = (file: string, tokens: Token[], kept: KeptAsText = () => undefined): MarkdownPart[] => {
  const parts: MarkdownPart[] = [];
  const push = (node: BlocksNode): void => {
    const last = parts.at(-1);
    if (last?.kind === 'blocks') last.blocks.push(node);
    else parts.push({ kind: 'blocks', blocks: [node] });
  };
  for (const token of tokens) {
    switch (token.type) {
      case 'space':
      case 'def':
      case 'hr':
        // a separator line of the old layout: the next heading or paragraph already separates
        break;
      case 'heading':
        push({ type: 'heading', level: Math.min(6, Math.max(2, token.depth)) as 2, children: nonEmpty(inline(file, kept, token.tokens)) });
        break;
      case 'paragraph': {
        // An image in the flow of a paragraph becomes its own block between the paragraph's two halves.
        let run: Token[] = [];
        const flush = (): void => {
          if (run.some((t) => !(t.type === 'text' && !(t.text as string).trim()))) push({ type: 'paragraph', children: nonEmpty(inline(file, kept, run)) });
          run = [];
        };
        for (const child of token.tokens ?? []) {
          if (child.type !== 'image') run.push(child);
          else {
            flush();
            parts.push({ kind: 'image', src: (child as Tokens.Image).href, alt: (child as Tokens.Image).text });
          }
        }
        flush();
        break;
      }
      case 'list':
        push(list(file, kept, token as Tokens.List));
        break;
      case 'blockquote':
        push({ type: 'quote', children: nonEmpty((token as Tokens.Blockquote).tokens.flatMap((t) => inline(file, kept, 'tokens' in t ? t.tokens : [t]))) });
        break;
      case 'code':
        push({ type: 'code', language: (token as Tokens.Code).lang || null, children: [{ type: 'text', text: (token as Tokens.Code).text }] });
        break;
      case 'text':
        push({ type: 'paragraph', children: nonEmpty(inline(file, kept, token.tokens ?? [token])) });
        break;
      default:
        push({ type: 'paragraph', children: [{ type: 'text', text: keptAsText(token, kept) }] });
    }
  }
  return parts;
};
