import type { z } from 'zod';
import type { StrapiClientError, StrapiClientErrorDetails } from './errors';
import { formatFieldPath } from './field-path';

type Fail = (message: string, details: StrapiClientErrorDetails) => StrapiClientError;

const stringField = (entry: unknown, key: string): string | undefined => {
  if (typeof entry !== 'object' || entry === null) return undefined;
  const value: unknown = Reflect.get(entry, key);
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
};

/** Validates every raw entry; the first invalid one throws an `invalid-entry` error naming it and its field. */
export const validateEntries = <T>(
  schema: z.ZodType<T>,
  raw: readonly unknown[],
  context: { url: string; contentType: string; fail: Fail },
): T[] =>
  raw.map((entry) => {
    const result = schema.safeParse(entry);
    if (result.success) return result.data;
    const [issue, ...others] = result.error.issues;
    const documentId = stringField(entry, 'documentId') ?? '?';
    const slug = stringField(entry, 'slug');
    const field = issue ? formatFieldPath(issue.path) : '';
    const who = slug === undefined ? `documentId ${documentId}` : `documentId ${documentId}, slug ${slug}`;
    const more = others.length > 0 ? ` (et ${others.length} autre${others.length > 1 ? 's' : ''} problème${others.length > 1 ? 's' : ''})` : '';
    const message = `Entrée invalide dans ${context.contentType} (${who}) : champ ${field || '(racine)'} — ${issue?.message ?? 'invalide'}${more}`;
    throw context.fail(message, {
      kind: 'invalid-entry',
      url: context.url,
      contentType: context.contentType,
      entry: { documentId, slug },
      field,
    });
  });
