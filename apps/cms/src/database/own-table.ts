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
