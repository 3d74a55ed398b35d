import type { Core } from '@strapi/strapi';
import { ensureOwnColumn, ensureOwnTable } from '../database/own-table';
import { defaultLocale } from '../i18n/locales';
import type { Knex } from 'knex';

/**
 * Published versions live in a plain table of their own, as shared preview links do
 * (preview/shared/store.ts): no role, API permission, generated type or export sees them, and
 * Strapi's schema sync leaves a table it does not know about alone. Each row is a snapshot of the
 * published document, written in the publication's own transaction (record-on-publish.ts).
 */
export const publishedVersionTable = 'bluehats_published_versions';

export type PublishedVersion = {
  id: number;
  uid: string;
  documentId: string;
  /** The language version published, for a translated type; null for a type without languages. */
  locale: string | null;
  /** Milliseconds since the epoch: the same in SQLite and PostgreSQL. */
  publishedAt: number;
  publishedByName: string;
  changeNote: string | null;
};

export type VersionWithSnapshot = PublishedVersion & { snapshot: Record<string, unknown> };

type Row = {
  id: number;
  content_type: string;
  document_id: string;
  locale: string | null;
  published_at: number | string;
  published_by_name: string;
  change_note: string | null;
  snapshot?: string;
};

const fromRow = (row: Row): PublishedVersion => ({
  id: Number(row.id),
  uid: row.content_type,
  documentId: row.document_id,
  locale: row.locale,
  publishedAt: Number(row.published_at),
  publishedByName: row.published_by_name,
  changeNote: row.change_note,
});

export const ensurePublishedVersionTable = async (strapi: Core.Strapi): Promise<void> => {
  await ensureOwnTable(strapi, publishedVersionTable, (table) => {
    table.increments('id');
    table.string('content_type', 255).notNullable();
    table.string('document_id', 64).notNullable();
    table.string('locale', 16).nullable();
    table.bigInteger('published_at').notNullable();
    table.string('published_by_name', 255).notNullable();
    table.text('change_note').nullable();
    table.text('snapshot').notNullable();
    table.index(['content_type', 'document_id']);
  });
  // Versions kept before the site had languages were all French: their empty locale reads as the default one (of()).
  await ensureOwnColumn(strapi, publishedVersionTable, 'locale', (table) => {
    table.string('locale', 16).nullable();
  });
};

const listed = ['id', 'content_type', 'document_id', 'locale', 'published_at', 'published_by_name', 'change_note'];

export const publishedVersionStore = (strapi: Core.Strapi) => {
  const table = (db: Knex = strapi.db.connection) => db<Row>(publishedVersionTable);
  return {
    /** Given the publication's transaction, so that the version is kept exactly when the publication is. */
    async add(db: Knex, version: Omit<VersionWithSnapshot, 'id'>): Promise<void> {
      await table(db).insert({
        content_type: version.uid,
        document_id: version.documentId,
        locale: version.locale,
        published_at: version.publishedAt,
        published_by_name: version.publishedByName,
        change_note: version.changeNote,
        snapshot: JSON.stringify(version.snapshot),
      });
    },
    /** One language version's publications (`locale` null: a type without languages), newest first. */
    async of(uid: string, documentId: string, locale: string | null): Promise<PublishedVersion[]> {
      const rows = (await table()
        .select(...listed)
        .where({ content_type: uid, document_id: documentId })
        .where((query) => {
          if (locale === null) void query.whereNull('locale');
          else if (locale === defaultLocale) void query.where('locale', locale).orWhereNull('locale');
          else void query.where('locale', locale);
        })
        .orderBy('published_at', 'desc')
        .orderBy('id', 'desc')) as Row[];
      return rows.map(fromRow);
    },
    async byId(id: number): Promise<VersionWithSnapshot | null> {
      if (!Number.isSafeInteger(id)) return null;
      const row = await table().where({ id }).first();
      return row ? { ...fromRow(row), snapshot: JSON.parse(row.snapshot ?? '{}') as Record<string, unknown> } : null;
    },
  };
};
