import type { BlocksContent, BlocksInlineNode, BlocksListNode, BlocksNode, BlocksTextNode } from '@bluehats/content-types';
import type { Token, Tokens } from 'marked';
import { ImportError } from './errors';
import { decodeHTML } from 'entities';

type Marks = Pick<BlocksTextNode, 'bold' | 'italic' | 'strikethrough' | 'code'>;

/** Marked's inline tokens as Strapi rich-text inline nodes; formatting nests into flags. */
const inline = (file: string, tokens: Token[] | undefined, marks: Marks = {}): BlocksInlineNode[] =>
  (tokens ?? []).flatMap((token): BlocksInlineNode[] => {
    switch (token.type) {
      case 'text':
      case 'escape':
        return 'tokens' in token && token.tokens?.length
          ? inline(file, token.tokens, marks)
          : [{ type: 'text', text: decodeHTML(token.text as string), ...marks }];
      case 'strong':
        return inline(file, token.tokens, { ...marks, bold: true });
      case 'em':
        return inline(file, token.tokens, { ...marks, italic: true });
      case 'del':
        return inline(file, token.tokens, { ...marks, strikethrough: true });
      case 'codespan':
        return [{ type: 'text', text: decodeHTML(token.text as string), ...marks, code: true }];
      case 'br':
        return [{ type: 'text', text: '\n', ...marks }];
      case 'space':
        // the blank line between two paragraphs of a loose list item
        return [{ type: 'text', text: '\n', ...marks }];
      case 'link': {
        const children = inline(file, token.tokens, marks).flatMap((n) => (n.type === 'text' ? [n] : n.children));
        return [{ type: 'link', url: (token as Tokens.Link).href, children }];
      }
      case 'html':
        // Inline tags (<br/>, <span>) carry no content of their own here.
        return /^<br\s*\/?>$/i.test((token.raw as string).trim()) ? [{ type: 'text', text: '\n', ...marks }] : [];
      case 'image':
        throw new ImportError(file, `image au milieu d’un paragraphe (${(token as Tokens.Image).href}) : placez-la seule sur sa ligne.`, 'corps');
      default:
        throw new ImportError(file, `élément Markdown en ligne non pris en charge : ${token.type}.`, 'corps');
    }
  });

const nonEmpty = (nodes: BlocksInlineNode[]): BlocksInlineNode[] => (nodes.length > 0 ? nodes : [{ type: 'text', text: '' }]);

const list = (file: string, token: Tokens.List): BlocksListNode => ({
  type: 'list',
  format: token.ordered ? 'ordered' : 'unordered',
  children: token.items.flatMap((item) => {
    const nested = item.tokens.filter((t): t is Tokens.List => t.type === 'list').map((t) => list(file, t));
    const text = item.tokens.filter((t) => t.type !== 'list').flatMap((t) => inline(file, 'tokens' in t && t.tokens ? t.tokens : [t]));
    return [{ type: 'list-item' as const, children: nonEmpty(text) }, ...nested];
  }),
});

export type MarkdownPart = { kind: 'blocks'; blocks: BlocksContent } | { kind: 'image'; src: string; alt: string };

/**
 * Block-level Markdown tokens as Strapi rich-text nodes. An image alone in its paragraph becomes
 * its own part (an image block with an upload); anything the rich-text editor cannot hold stops
 * the file with a message naming it.
 */
export const markdownParts = (file: string, tokens: Token[]): MarkdownPart[] => {
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
        push({ type: 'heading', level: Math.min(6, Math.max(2, token.depth)) as 2, children: nonEmpty(inline(file, token.tokens)) });
        break;
      case 'paragraph': {
        const only = token.tokens?.filter((t) => !(t.type === 'text' && !(t.text as string).trim()));
        if (only?.length === 1 && only[0]?.type === 'image') {
          const image = only[0] as Tokens.Image;
          parts.push({ kind: 'image', src: image.href, alt: image.text });
        } else {
          push({ type: 'paragraph', children: nonEmpty(inline(file, token.tokens)) });
        }
        break;
      }
      case 'list':
        push(list(file, token as Tokens.List));
        break;
      case 'blockquote':
        push({ type: 'quote', children: nonEmpty((token as Tokens.Blockquote).tokens.flatMap((t) => inline(file, 'tokens' in t ? t.tokens : [t]))) });
        break;
      case 'code':
        push({ type: 'code', language: (token as Tokens.Code).lang || null, children: [{ type: 'text', text: (token as Tokens.Code).text }] });
        break;
      case 'text':
        push({ type: 'paragraph', children: nonEmpty(inline(file, token.tokens ?? [token])) });
        break;
      default:
        throw new ImportError(file, `bloc Markdown non pris en charge : ${token.type === 'table' ? 'tableau dans une liste ou une citation' : token.type}.`, 'corps');
    }
  }
  return parts;
};
