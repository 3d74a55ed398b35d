import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { mayOnEntry } from '../permissions/entries-open-to';
import type { LinkChecker } from './checker';
import { linkCheckStore, type CheckedLink } from './store';

type Params = Record<string, string>;

const asShown = (link: CheckedLink) => ({
  url: link.url,
  text: link.text,
  where: link.where,
  status: link.status,
  finalUrl: link.finalUrl,
  redirects: link.redirects,
  error: link.error,
  broken: link.broken,
  checkedAt: new Date(link.checkedAt).toISOString(),
});

/** The edit view's « Liens externes » panel (src/admin/link-check/link-check-panel.tsx): the last results, and a check now. */
export const linkCheckAdminRoutes = (strapi: Core.Strapi, checker: LinkChecker): Core.Router => {
  const store = linkCheckStore(strapi);
  const config = { policies: ['admin::isAuthenticatedAdmin'] };
  /** Whoever may open the entry may see and renew its check: it reads the published page only, and changes nothing. */
  const mayRead = (ctx: Context, uid: string, documentId: string) =>
    uid.startsWith('api::') ? mayOnEntry(strapi, (ctx.state as { userAbility?: unknown }).userAbility, uid, documentId, 'read') : Promise.resolve(false);

  const handler = (run: (uid: string, documentId: string) => Promise<CheckedLink[]>) => async (ctx: Context) => {
    const { uid = '', documentId = '' } = (ctx as Context & { params: Params }).params;
    if (!(await mayRead(ctx, uid, documentId))) {
      ctx.forbidden('Seuls les comptes qui peuvent lire ce contenu voient la vérification de ses liens.');
      return;
    }
    ctx.body = { data: (await run(uid, documentId)).map(asShown) };
  };

  return {
    type: 'admin',
    routes: [
      { method: 'GET', path: '/verification-liens/:uid/:documentId', handler: handler((uid, documentId) => store.of(uid, documentId)), config, info: {} },
      { method: 'POST', path: '/verification-liens/:uid/:documentId', handler: handler((uid, documentId) => checker.checkDocument(uid, documentId)), config, info: {} },
    ],
  };
};
