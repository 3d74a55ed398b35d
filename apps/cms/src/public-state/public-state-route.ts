import type { Core, UID } from '@strapi/strapi';
import { pageSections } from '../preview/preview-sections';
import { mayOnEntry } from '../permissions/entries-open-to';
import { publicStatePrefix, publicStateRoute, type PageState, type Publication, type RecentPublication } from './public-state-path';
import { readPublications, rebuildStatusSettings } from './rebuild-status';

type Context = { body: unknown; status: number; params: Record<string, string>; state: { userAbility?: unknown } };

/** How many recent changes the home page asks the rebuild service for, before keeping those this account may read. */
const RECENT_ASKED = 30;
const RECENT_SHOWN = 8;

const titleFields = ['title', 'name'];

/** The public address of an entry's page, from its type's section (the registry's route) and its slug. */
const pageUrl = (siteUrl: string, uid: string, slug: unknown): string | null => {
  const section = pageSections[uid];
  return section && typeof slug === 'string' && slug ? `${siteUrl.replace(/\/+$/, '')}/${section}/${encodeURIComponent(slug)}/` : null;
};

const publishedVersion = async (strapi: Core.Strapi, uid: string, documentId: string): Promise<Record<string, unknown> | null> => {
  const documents = strapi.documents(uid as UID.ContentType);
  return (await documents.findOne({ documentId, status: 'published' } as Parameters<typeof documents.findOne>[0])) as Record<string, unknown> | null;
};

/**
 * The public state of pages, for the admin: each entry's page (its address while published) and
 * what the rebuild service knows of its last change. Any logged-in admin user may ask, about the
 * entries it may read in the content manager (its permission checker, conditions included), no other.
 */
export const registerPublicStateRoutes = (strapi: Core.Strapi): void => {
  const settings = rebuildStatusSettings(process.env);
  const siteUrl = process.env.SITE_URL ?? '';

  const stateOf = async (uid: string, documentId: string, publication: Publication | null | undefined): Promise<PageState> => {
    const published = await publishedVersion(strapi, uid, documentId);
    return { url: published ? pageUrl(siteUrl, uid, published.slug) : null, publication: publication ?? null, serviceAnswered: publication !== undefined };
  };

  const one = async (ctx: Context): Promise<void> => {
    const { uid = '', documentId = '' } = ctx.params;
    if (!pageSections[uid] || !(await mayOnEntry(strapi, ctx.state.userAbility, uid, documentId, 'read'))) {
      ctx.status = 403;
      ctx.body = { error: 'Entrée introuvable ou non autorisée.' };
      return;
    }
    ctx.body = { data: await stateOf(uid, documentId, await readPublications<Publication | null>(settings, { uid, documentId })) };
  };

  const recent = async (ctx: Context): Promise<void> => {
    const publications = await readPublications<Publication[]>(settings, { limit: String(RECENT_ASKED) });
    if (!publications) {
      ctx.body = { data: [], meta: { serviceAnswered: false } };
      return;
    }
    const lines: RecentPublication[] = [];
    for (const publication of publications) {
      const { uid, documentId } = publication;
      if (lines.length >= RECENT_SHOWN) break;
      // A deleted entry, or one this account may not read, is left out.
      if (!pageSections[uid] || !(await mayOnEntry(strapi, ctx.state.userAbility, uid, documentId, 'read'))) continue;
      const documents = strapi.documents(uid as UID.ContentType);
      const latest = (await documents.findOne({ documentId, status: 'draft' } as Parameters<typeof documents.findOne>[0])) as Record<string, unknown> | null;
      const title = titleFields.map((field) => latest?.[field]).find((value) => typeof value === 'string' && value) as string | undefined;
      lines.push({ uid, documentId, title: title ?? documentId, typeName: strapi.contentTypes[uid as UID.ContentType]?.info.displayName ?? uid, ...(await stateOf(uid, documentId, publication)) });
    }
    ctx.body = { data: lines, meta: { serviceAnswered: true } };
  };

  const config = { policies: ['admin::isAuthenticatedAdmin'] };
  strapi.server.routes({
    type: 'admin',
    prefix: publicStatePrefix,
    routes: [
      { method: 'GET', path: publicStateRoute, handler: recent, config },
      { method: 'GET', path: `${publicStateRoute}/:uid/:documentId`, handler: one, config },
    ],
  } as unknown as Parameters<typeof strapi.server.routes>[0]);
};
