import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { pageSections } from '../preview/preview-sections';
import { legacyPathLines } from '../validation/legacy-paths';
import { hasLifecycle, lifecycleFields as f } from './lifecycle-fields';

type Uid = Parameters<Core.Strapi['db']['query']>[0];
type Params = { documentId?: string; status?: string };

const settingsUid = 'api::site-setting.site-setting' as UID.ContentType;
const redirectsField = 'sectionRedirects';

/** The lines of « Anciennes adresses des rubriques » without the one that starts at `from`, then `added`. */
const withLine = (value: unknown, from: string, added: string | null): string | null => {
  const key = from.replace(/\/+$/, '');
  const kept = legacyPathLines(value).filter((line) => line.split(/\s+/)[0]?.replace(/\/+$/, '') !== key);
  const lines = added ? [...kept, added] : kept;
  return lines.length > 0 ? lines.join('\n') : null;
};

const writeRedirect = async (strapi: Core.Strapi, from: string, to: string | null): Promise<void> => {
  const documents = strapi.documents(settingsUid);
  const settings = (await documents.findFirst({ fields: [redirectsField] } as Parameters<typeof documents.findFirst>[0])) as { documentId: string; sectionRedirects?: string | null } | null;
  if (!settings) {
    if (to === null) return;
    throw new errors.ApplicationError('Les réglages du site n’existent pas encore : enregistrez-les une fois avant d’annuler une publication avec une page de remplacement.');
  }
  const value = withLine(settings.sectionRedirects, from, to === null ? null : `${from} ${to}`);
  if (value === (settings.sectionRedirects ?? null)) return;
  await documents.update({ documentId: settings.documentId, data: { [redirectsField]: value } } as Parameters<typeof documents.update>[0]);
};

/**
 * « Remplacée par » (issue 33): the build reads published content only, so the draft's field is
 * useless to it. When the entry is unpublished, its address and the replacing page are written as a
 * line of the site settings' « Anciennes adresses des rubriques », which the build already turns
 * into a redirect (apps/web/src/lib/legacy-redirects.ts) and skips while its target is not a page
 * of the site (a draft is never announced). Publishing the entry again removes the line: its
 * address is a page again. Both in the transaction of the (un)publication.
 */
export const redirectOnUnpublish = (strapi: Core.Strapi): void => {
  strapi.documents.use(async (context, next) => {
    const section = pageSections[context.uid];
    if (!section || !hasLifecycle(strapi.contentType(context.uid as UID.ContentType)?.attributes)) return next();
    const { documentId, status } = context.params as Params;
    const publishes = context.action === 'publish' || ((context.action === 'update' || context.action === 'create') && status === 'published');
    if ((context.action !== 'unpublish' && !publishes) || !documentId) return next();
    return strapi.db.transaction(async () => {
      const rows = (await strapi.db.query(context.uid as Uid).findMany({
        where: { documentId },
        select: ['slug', f.replacedBy, 'publishedAt'],
      })) as Array<{ slug?: string; replacedBy?: string | null; publishedAt?: string | null }>;
      const published = rows.find((row) => row.publishedAt);
      const draft = rows.find((row) => !row.publishedAt);
      if (context.action === 'unpublish') {
        const to = draft?.replacedBy?.trim();
        if (published?.slug && to) await writeRedirect(strapi, `/${section}/${published.slug}/`, to);
        return next();
      }
      const result = await next();
      // The page is back (or has a new address): its address redirects no more.
      const slug = draft?.slug ?? published?.slug;
      if (slug) await writeRedirect(strapi, `/${section}/${slug}/`, null);
      return result;
    });
  });
};
