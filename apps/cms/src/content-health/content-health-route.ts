import type { Core } from '@strapi/strapi';
import { contentHealthPrefix, contentHealthRoute } from './content-health-path';
import { findingsOf } from './findings';
import { entriesOpenTo } from '../permissions/entries-open-to';
import { readContext, readEntries, type Readable } from './read-entries';

type Context = { body: unknown; state: { userAbility?: unknown } };

/** What the content manager would show this account: its permission checker, so conditions (« its own entries ») apply too. */
const readableBy =
  (strapi: Core.Strapi, userAbility: unknown): Readable =>
  (uid) =>
    entriesOpenTo(strapi, userAbility, uid, 'read');

/**
 * The list for the admin's home widget and `npm run content-health`: any logged-in admin user may
 * ask, and is answered about the entries it could open in the content manager, no other.
 */
export const registerContentHealthRoute = (strapi: Core.Strapi): void => {
  strapi.server.routes({
    type: 'admin',
    prefix: contentHealthPrefix,
    routes: [
      {
        method: 'GET',
        path: contentHealthRoute,
        handler: async (ctx: Context) => {
          const findings = findingsOf(await readEntries(strapi, readableBy(strapi, ctx.state.userAbility)), await readContext(strapi));
          ctx.body = { data: findings, meta: { total: findings.length, blocking: findings.filter((f) => f.blocking).length } };
        },
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
    ],
  } as unknown as Parameters<typeof strapi.server.routes>[0]);
};
