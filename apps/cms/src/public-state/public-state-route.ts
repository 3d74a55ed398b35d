import type { Core, UID } from '@strapi/strapi';
import { pagePaths } from '../preview/preview-sections';
import { defaultLocale, localeCodes } from '../i18n/locales';
import { versionWhere } from '../i18n/version-where';
import { mayOnEntry } from '../permissions/entries-open-to';
import { publicStatePrefix, publicStateRoute, type PageState, type Publication, type RecentPublication } from './public-state-path';
import { readPublications, rebuildStatusSettings } from './rebuild-status';

type Context = { body: unknown; status: number; params: Record<string, string>; query: Record<string, unknown>; state: { userAbility?: unknown } };

/** How many recent changes the home page asks the rebuild service for, before keeping those this account may read. */
const RECENT_ASKED = 30;
const RECENT_SHOWN = 8;

const titleFields = ['title', 'name'];

/**
 * The public address of a language version's page: its type's section in that language (the
 * registry's sectionIn, generated into pagePaths: `/en/events/`) and its slug. Null when the type
 * has no page in that language.
 */
const pageUrl = (siteUrl: string, uid: string, locale: string | null, slug: unknown): string | null => {
  const section = pagePaths[uid]?.[locale ?? defaultLocale];
  return section && typeof slug === 'string' && slug ? `${siteUrl.replace(/\/+$/, '')}${section}${encodeURIComponent(slug)}/` : null;
};

const findVersion = async (strapi: Core.Strapi, uid: string, documentId: string, locale: string | null, status: 'draft' | 'published'): Promise<Record<string, unknown> | null> => {
  const documents = strapi.documents(uid as UID.ContentType);
  return (await documents.findOne({ documentId, status, ...(locale ? { locale } : {}) } as Parameters<typeof documents.findOne>[0])) as Record<string, unknown> | null;
};

/**
 * The public state of pages, for the admin: each language version's page (its address while
 * published) and what the rebuild service knows of its last change. Any logged-in admin user may
 * ask, about the entries it may read in the content manager (its permission checker, conditions
 * included), no other.
 */
export const registerPublicStateRoutes = (strapi: Core.Strapi): void => {
  const settings = rebuildStatusSettings(process.env);
  const siteUrl = process.env.SITE_URL ?? '';

  const stateOf = async (uid: string, documentId: string, locale: string | null, publication: Publication | null | undefined): Promise<PageState> => {
    const published = await findVersion(strapi, uid, documentId, locale, 'published');
    return { url: published ? pageUrl(siteUrl, uid, locale, published.slug) : null, locale, publication: publication ?? null, serviceAnswered: publication !== undefined };
  };

  // ?locale=en: the edit view's language; none is the default language, as the content manager reads it.
  const one = async (ctx: Context): Promise<void> => {
    const { uid = '', documentId = '' } = ctx.params;
    const asked = ctx.query.locale;
    if (!pagePaths[uid] || (asked !== undefined && !localeCodes.includes(String(asked))) || !(await mayOnEntry(strapi, ctx.state.userAbility, uid, documentId, 'read'))) {
      ctx.status = 403;
      ctx.body = { error: 'Entrée introuvable ou non autorisée.' };
      return;
    }
    const locale = versionWhere(strapi, uid, asked).locale ?? null;
    const publication = await readPublications<Publication | null>(settings, { uid, documentId, ...(locale ? { locale } : {}) });
    ctx.body = { data: await stateOf(uid, documentId, locale, publication) };
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
      if (!pagePaths[uid] || !(await mayOnEntry(strapi, ctx.state.userAbility, uid, documentId, 'read'))) continue;
      // A change logged before the service kept languages is the default language's (what Strapi read without one).
      const locale = versionWhere(strapi, uid, publication.locale ?? undefined).locale ?? null;
      const latest = await findVersion(strapi, uid, documentId, locale, 'draft');
      const title = titleFields.map((field) => latest?.[field]).find((value) => typeof value === 'string' && value) as string | undefined;
      lines.push({ uid, documentId, title: title ?? documentId, typeName: strapi.contentTypes[uid as UID.ContentType]?.info.displayName ?? uid, ...(await stateOf(uid, documentId, locale, publication)) });
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
