import type { BlocksContent } from '@bluehats/content-types';

/**
 * Text written in an MDX attribute, as the rich text an editor would have typed: one paragraph
 * per blank-line-separated part. The components then render it exactly as they render the CMS's.
 */
export const plainTextBlocks = (text: string): BlocksContent =>
  text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => ({ type: 'paragraph', children: [{ type: 'text', text: part.replace(/\s*\n\s*/g, ' ') }] }));
