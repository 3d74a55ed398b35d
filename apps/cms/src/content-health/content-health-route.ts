import type { Core } from '@strapi/strapi';
import { contentHealthPrefix, contentHealthRoute } from './content-health-path';
import { findingsOf } from './findings';
import { readContext, readEntries, type Readable } from './read-entries';

type Checker = { cannot: { read: () => boolean }; sanitizedQuery: { read: (query: object) => Promise<{ filters?: unknown }> } };
type CheckerService = { create: (options: { userAbility: unknown; model: string }) => Checker };
type Context = { body: unknown; state: { userAbility?: unknown } };

/** What the content manager would show this account: the same permission checker, so conditions (« its own entries ») apply too. */
const readableBy =
  (strapi: Core.Strapi, userAbility: unknown): Readable =>
  async (uid) => {
    const checker = (strapi.plugin('content-manager').service('permission-checker') as unknown as CheckerService).create({ userAbility, model: uid });
    if (checker.cannot.read()) return undefined;
    return checker.sanitizedQuery.read({});
  };

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
