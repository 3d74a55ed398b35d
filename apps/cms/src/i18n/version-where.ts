import type { Core } from '@strapi/strapi';
import { defaultLocale, isTranslated, type TranslatableSchema } from './locales';

/**
 * The `where` of one language version, for a document middleware's own database queries: the
 * request's locale, or the default one when it names none (what the document service itself reads).
 * Without it, a query by documentId reaches every language: publishing the English version would
 * reset the French draft's review. An untranslated type, or '*' (every language), adds nothing.
 */
export const versionWhere = (strapi: Core.Strapi, uid: string, locale: unknown): { locale?: string } => {
  const schema = strapi.contentType(uid as Parameters<Core.Strapi['contentType']>[0]) as TranslatableSchema | undefined;
  if (!isTranslated(schema) || locale === '*') return {};
  return { locale: typeof locale === 'string' && locale !== '' ? locale : defaultLocale };
};
