import type { Core } from '@strapi/strapi';
import { contentHealthPrefix, contentHealthRoute } from './content-health-path';
import { findingsOf } from './findings';
import { readContext, readEntries } from './read-entries';

/** The list for the admin's home widget and `npm run content-health`: any logged-in admin user may read it (Rédaction completes entries as much as Publication). */
export const registerContentHealthRoute = (strapi: Core.Strapi): void => {
  strapi.server.routes({
    type: 'admin',
    prefix: contentHealthPrefix,
    routes: [
      {
        method: 'GET',
        path: contentHealthRoute,
        handler: async (ctx: { body: unknown }) => {
          const findings = findingsOf(await readEntries(strapi), await readContext(strapi));
          ctx.body = { data: findings, meta: { total: findings.length, blocking: findings.filter((f) => f.blocking).length } };
        },
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
    ],
  } as unknown as Parameters<typeof strapi.server.routes>[0]);
};
