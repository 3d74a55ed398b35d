import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

/**
 * Creates, once, a plain table of the CMS's own (shared previews, published versions, link checks):
 * no role, API permission, generated type or export sees it, and Strapi's schema sync leaves a table
 * it does not know about alone. Two instances booting together may both try: the second one's
 * failure is fine as long as the table is there.
 */
export const ensureOwnTable = async (strapi: Core.Strapi, name: string, columns: (table: Knex.CreateTableBuilder) => void): Promise<void> => {
  const { schema } = strapi.db.connection;
  if (await schema.hasTable(name)) return;
  try {
    await schema.createTable(name, columns);
  } catch (error) {
    if (!(await schema.hasTable(name))) throw error;
  }
};

/**
 * Adds a column to a table of the CMS's own made before it existed (a database from before the
 * column), once; the same race as above is fine.
 */
export const ensureOwnColumn = async (strapi: Core.Strapi, table: string, column: string, add: (table: Knex.AlterTableBuilder) => void): Promise<void> => {
  const { schema } = strapi.db.connection;
  if (await schema.hasColumn(table, column)) return;
  try {
    await schema.alterTable(table, add);
  } catch (error) {
    if (!(await schema.hasColumn(table, column))) throw error;
  }
};
