import type { BlocksContent, BlocksInlineNode, BlocksNode } from '@bluehats/content-types';
import { parse, type HTMLElement, type Node } from 'node-html-parser';
import { isAcceptableLink } from './links';

const inlineOf = (node: Node, marks: { bold?: true; italic?: true } = {}): BlocksInlineNode[] => {
  if (node.nodeType === 3) {
    const text = node.text.replace(/\s+/g, ' ');
    return text.trim() ? [{ type: 'text', text, ...marks }] : [];
  }
  if (node.nodeType !== 1) return [];
  const element = node as HTMLElement;
  const tag = element.rawTagName.toLowerCase();
  if (tag === 'a' && isAcceptableLink(element.getAttribute('href') ?? '')) {
    const children = element.childNodes.flatMap((c) => inlineOf(c, marks)).flatMap((n) => (n.type === 'text' ? [n] : n.children));
    return children.length ? [{ type: 'link', url: element.getAttribute('href') ?? '', children }] : [];
  }
  const next = tag === 'strong' || tag === 'b' ? { ...marks, bold: true as const } : tag === 'em' || tag === 'i' ? { ...marks, italic: true as const } : marks;
  return element.childNodes.flatMap((c) => inlineOf(c, next));
};

/**
 * Old HTML (DSFR grid, paragraphs, headings, buttons) as rich text, for content types whose body
 * is rich text only: the layout goes, the words and links stay. Images are returned apart.
 */
export const htmlToBlocks = (html: string): { blocks: BlocksContent; images: string[] } => {
  const blocks: BlocksNode[] = [];
  const images: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType !== 1) {
      const text = inlineOf(node);
      if (text.length) blocks.push({ type: 'paragraph', children: text });
      return;
    }
    const element = node as HTMLElement;
    const tag = element.rawTagName?.toLowerCase() ?? '';
    const heading = /^h([1-6])$/.exec(tag);
    if (heading) blocks.push({ type: 'heading', level: Math.max(2, Number(heading[1])) as 2, children: inlineOf(element) });
    else if (tag === 'p' || tag === 'button' || tag === 'a') {
      const children = inlineOf(element);
      if (children.length) blocks.push({ type: 'paragraph', children });
    } else if (tag === 'ul' || tag === 'ol') {
      blocks.push({
        type: 'list',
        format: tag === 'ol' ? 'ordered' : 'unordered',
        children: element.querySelectorAll('li').map((li) => ({ type: 'list-item' as const, children: inlineOf(li) })),
      });
    } else if (tag === 'img') images.push(element.getAttribute('src') ?? '');
    else element.childNodes.forEach(walk);
  };
  parse(html).childNodes.forEach(walk);
  return { blocks, images };
};
