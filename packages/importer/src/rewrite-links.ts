import type { BlocksContent } from '@bluehats/content-types';
import { parse } from 'node-html-parser';
import { resolveLink, type LinkContext } from './links';

type Node = { type: string; url?: string; children?: Node[]; text?: string };

const rewriteNodes = (nodes: Node[], ctx: LinkContext, notes: string[]): Node[] =>
  nodes.flatMap((node): Node[] => {
    if (node.type === 'link') {
      const resolved = resolveLink(node.url ?? '', ctx);
      if (resolved.note) notes.push(resolved.note);
      return resolved.url ? [{ ...node, url: resolved.url }] : (node.children ?? []);
    }
    return node.children ? [{ ...node, children: rewriteNodes(node.children, ctx, notes) }] : [node];
  });

/** Every link of rich text pointed where it must go now; one the CMS would refuse becomes its text. */
export const rewriteBlockLinks = (blocks: BlocksContent, ctx: LinkContext, notes: string[]): BlocksContent =>
  rewriteNodes(blocks as unknown as Node[], ctx, notes) as unknown as BlocksContent;

/** The same for the links of sanitised legacy HTML. */
export const rewriteHtmlLinks = (html: string, ctx: LinkContext, notes: string[]): string => {
  const root = parse(html);
  for (const a of root.querySelectorAll('a[href]')) {
    const resolved = resolveLink(a.getAttribute('href') ?? '', ctx);
    if (resolved.note) notes.push(resolved.note);
    if (resolved.url) a.setAttribute('href', resolved.url);
    else a.removeAttribute('href');
  }
  return root.toString();
};
