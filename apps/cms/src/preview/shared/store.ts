import type { Core } from '@strapi/strapi';
import { ensureOwnTable } from '../../database/own-table';

/**
 * Shared preview links live in a plain table of their own rather than a content type: no role,
 * API permission, generated type or export ever sees them, and Strapi leaves a table it does not
 * know about untouched at schema sync. In the database, not in memory, so that a restart keeps
 * them and every CMS instance sees a revocation at once.
 */
export const sharedPreviewTable = 'bluehats_shared_previews';

export type SharedPreview = {
  id: number;
  uid: string;
  documentId: string;
  createdById: number;
  createdByName: string;
  /** Milliseconds since the epoch, as every instant below: the same in SQLite and PostgreSQL. */
  createdAt: number;
  expiresAt: number;
  revokedAt: number | null;
};

type Row = {
  id: number;
  content_type: string;
  document_id: string;
  token_hash: string;
  created_by_id: number;
  created_by_name: string;
  created_at: number | string;
  expires_at: number | string;
  revoked_at: number | string | null;
};

const fromRow = (row: Row): SharedPreview => ({
  id: Number(row.id),
  uid: row.content_type,
  documentId: row.document_id,
  createdById: Number(row.created_by_id),
  createdByName: row.created_by_name,
  createdAt: Number(row.created_at),
  expiresAt: Number(row.expires_at),
  revokedAt: row.revoked_at === null ? null : Number(row.revoked_at),
});

export const ensureSharedPreviewTable = (strapi: Core.Strapi): Promise<void> =>
  ensureOwnTable(strapi, sharedPreviewTable, (table) => {
    table.increments('id');
    table.string('content_type', 255).notNullable();
    table.string('document_id', 64).notNullable();
    table.string('token_hash', 64).notNullable().unique();
    table.integer('created_by_id').notNullable();
    table.string('created_by_name', 255).notNullable();
    table.bigInteger('created_at').notNullable();
    table.bigInteger('expires_at').notNullable();
    table.bigInteger('revoked_at').nullable();
    table.index(['content_type', 'document_id']);
  });

export type NewSharedPreview = Omit<SharedPreview, 'id' | 'revokedAt'> & { tokenHash: string };

export const sharedPreviewStore = (strapi: Core.Strapi) => {
  const table = () => strapi.db.connection<Row>(sharedPreviewTable);
  return {
    async create(link: NewSharedPreview): Promise<number> {
      const [inserted] = await table().insert(
        {
        content_type: link.uid,
        document_id: link.documentId,
        token_hash: link.tokenHash,
        created_by_id: link.createdById,
        created_by_name: link.createdByName,
        created_at: link.createdAt,
        expires_at: link.expiresAt,
        revoked_at: null,
        },
        ['id'],
      );
      // PostgreSQL returns rows, SQLite too with `returning` (better-sqlite3), older drivers a bare id.
      return Number(typeof inserted === 'object' && inserted !== null ? inserted.id : inserted);
    },
    async byTokenHash(tokenHash: string): Promise<SharedPreview | null> {
      const row = await table().where({ token_hash: tokenHash }).first();
      return row ? fromRow(row) : null;
    },
    async byId(id: number): Promise<SharedPreview | null> {
      const row = await table().where({ id }).first();
      return row ? fromRow(row) : null;
    },
    async live(uid: string, documentId: string, nowMs: number): Promise<SharedPreview[]> {
      const rows = await table()
        .where({ content_type: uid, document_id: documentId })
        .whereNull('revoked_at')
        .where('expires_at', '>', nowMs)
        .orderBy('expires_at', 'asc');
      return rows.map(fromRow);
    },
    async forgetOlderThan(endedBeforeMs: number): Promise<void> {
      await table()
        .where('expires_at', '<', endedBeforeMs)
        .orWhere('revoked_at', '<', endedBeforeMs)
        .delete();
    },
    async revoke(id: number, nowMs: number): Promise<void> {
      await table().where({ id }).whereNull('revoked_at').update({ revoked_at: nowMs });
    },
  };
};
