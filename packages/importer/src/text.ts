import type { BlocksContent } from '@bluehats/content-types';
import type { BodyItem } from './body-items';
import { htmlToBlocks } from './html-to-blocks';

export const slugify = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);

export const truncate = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`);

export const plainText = (blocks: BlocksContent): string =>
  blocks
    .flatMap((node) => ('children' in node ? (node.children as Array<{ text?: string; children?: Array<{ text?: string }> }>) : []))
    .map((child) => child.text ?? (child.children ?? []).map((c) => c.text ?? '').join(''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The body as rich text only, for content types whose body is not a dynamic zone (events,
 * project calls) and to find a summary: HTML keeps its words and links, a table its rows as lines.
 */
export const richTextOf = (items: BodyItem[]): BlocksContent =>
  items.flatMap((item): BlocksContent => {
    if (item.kind === 'rich-text') return item.content;
    if (item.kind === 'legacy-html') return htmlToBlocks(item.html).blocks;
    if (item.kind === 'table') {
      return item.table.rows.map((row) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, text: row.join(' — ') }] }));
    }
    return [];
  });
