import type { Core } from '@strapi/strapi';
import { ensureOwnTable } from '../database/own-table';

/**
 * The last check of each external link of each published document, in a plain table of its own
 * (as history/store.ts): kept across restarts and seen by every CMS instance, read by « À compléter »
 * (content-health/) and by the edit view's « Liens externes » panel. A document's rows are replaced
 * at each check of it, so a link fixed or removed leaves the list at its next check.
 */
export const linkCheckTable = 'bluehats_link_checks';

export type CheckedLink = {
  uid: string;
  documentId: string;
  url: string;
  text: string;
  where: string;
  status: number | null;
  finalUrl: string | null;
  redirects: number;
  error: string | null;
  broken: boolean;
  /** Milliseconds since the epoch. */
  checkedAt: number;
};

type Row = {
  content_type: string;
  document_id: string;
  url: string;
  link_text: string;
  place: string;
  status: number | null;
  final_url: string | null;
  redirects: number;
  error: string | null;
  broken: boolean | number;
  checked_at: number | string;
};

const fromRow = (row: Row): CheckedLink => ({
  uid: row.content_type,
  documentId: row.document_id,
  url: row.url,
  text: row.link_text,
  where: row.place,
  status: row.status === null ? null : Number(row.status),
  finalUrl: row.final_url,
  redirects: Number(row.redirects),
  error: row.error,
  broken: Boolean(row.broken),
  checkedAt: Number(row.checked_at),
});

export const ensureLinkCheckTable = (strapi: Core.Strapi): Promise<void> =>
  ensureOwnTable(strapi, linkCheckTable, (table) => {
    table.increments('id');
    table.string('content_type', 255).notNullable();
    table.string('document_id', 64).notNullable();
    table.text('url').notNullable();
    table.text('link_text').notNullable();
    table.string('place', 255).notNullable();
    table.integer('status').nullable();
    table.text('final_url').nullable();
    table.integer('redirects').notNullable();
    table.string('error', 255).nullable();
    table.boolean('broken').notNullable();
    table.bigInteger('checked_at').notNullable();
    table.index(['content_type', 'document_id']);
  });

export const linkCheckStore = (strapi: Core.Strapi) => {
  const table = () => strapi.db.connection<Row>(linkCheckTable);
  return {
    async replace(uid: string, documentId: string, links: CheckedLink[]): Promise<void> {
      await strapi.db.connection.transaction(async (trx) => {
        await trx<Row>(linkCheckTable).where({ content_type: uid, document_id: documentId }).delete();
        if (!links.length) return;
        await trx<Row>(linkCheckTable).insert(
          links.map((link) => ({
            content_type: link.uid,
            document_id: link.documentId,
            url: link.url,
            link_text: link.text.slice(0, 2000),
            place: link.where.slice(0, 255),
            status: link.status,
            final_url: link.finalUrl,
            redirects: link.redirects,
            error: link.error,
            broken: link.broken,
            checked_at: link.checkedAt,
          })),
        );
      });
    },
    /** Rows of documents that are no longer published (unpublished, deleted) go at the scheduled check. */
    async keepOnly(uid: string, documentIds: ReadonlySet<string>): Promise<void> {
      const rows = (await table().distinct('document_id').where({ content_type: uid })) as Array<{ document_id: string }>;
      const gone = rows.map((row) => row.document_id).filter((id) => !documentIds.has(id));
      if (gone.length) await table().where({ content_type: uid }).whereIn('document_id', gone).delete();
    },
    async of(uid: string, documentId: string): Promise<CheckedLink[]> {
      return ((await table().where({ content_type: uid, document_id: documentId }).orderBy('id')) as Row[]).map(fromRow);
    },
    async broken(): Promise<CheckedLink[]> {
      return ((await table().where({ broken: true }).orderBy('id')) as Row[]).map(fromRow);
    },
  };
};
