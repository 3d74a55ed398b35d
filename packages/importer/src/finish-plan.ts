import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { BodyItem } from './body-items';
import type { ImageFile } from './images';
import type { LinkContext } from './links';
import type { ImportPlan } from './plan';
import { rewriteBlockLinks, rewriteHtmlLinks } from './rewrite-links';

// Not what the entry holds: the report's words, where a file lies, how its two language versions were paired.
const UNSEALED = new Set(['notes', 'todo', 'absolutePath', 'locale', 'languageLinks']);

export type FinishedPlan = ImportPlan & { digest: string };

const filesOf = (value: unknown): ImageFile[] => {
  if (!value || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap(filesOf);
  const record = value as Record<string, unknown>;
  if (typeof record.absolutePath === 'string' && typeof record.mime === 'string') return [record as unknown as ImageFile];
  return Object.values(record).flatMap(filesOf);
};

const rewriteItems = (items: BodyItem[], ctx: LinkContext, notes: string[]): BodyItem[] =>
  items.map((item) => {
    if (item.kind === 'rich-text') return { ...item, content: rewriteBlockLinks(item.content, ctx, notes) };
    if (item.kind === 'legacy-html') return { ...item, html: rewriteHtmlLinks(item.html, ctx, notes) };
    return item;
  });

/**
 * Points the plan's links at the new routes (now that every file of the run has its address) and
 * seals it with a digest of everything it would write, uploaded files' bytes included: the same
 * file imported again writes nothing.
 */
export const finishPlan = (plan: ImportPlan, ctx: LinkContext): FinishedPlan => {
  const notes = plan.notes;
  const linked: ImportPlan =
    plan.kind === 'article' || plan.kind === 'page' ? { ...plan, body: rewriteItems(plan.body, ctx, notes) } : { ...plan, body: rewriteBlockLinks(plan.body, ctx, notes) };
  const digest = createHash('sha256')
    .update(JSON.stringify(linked, (key, value: unknown) => (UNSEALED.has(key) ? undefined : value)))
    .update(filesOf(linked).map((file) => createHash('sha256').update(readFileSync(file.absolutePath)).digest('hex')).join(','))
    .digest('hex');
  return { ...linked, digest };
};
