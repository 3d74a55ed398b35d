import type { Core } from '@strapi/strapi';

type RecentDocument = { title?: unknown; kind?: string; contentTypeDisplayName?: string };

type HomepageService = {
  getRecentlyUpdatedDocuments: () => Promise<RecentDocument[]>;
  getRecentlyPublishedDocuments: () => Promise<RecentDocument[]>;
};

const methods = ['getRecentlyUpdatedDocuments', 'getRecentlyPublishedDocuments'] as const;

/**
 * The home page's « Dernières entrées éditées / publiées » name each entry by its type's main field;
 * a single type without a text field (Navigation) has none, and Strapi 5.54 then shows its
 * documentId (« juqzabu3acmc3sfsotve3fqb »). A single type has one entry: its type's name says
 * which it is. The service instance is the one the home page's controller holds, so its two
 * methods are wrapped in place (content-manager dist/server/homepage).
 */
export const nameSingleTypesOnHomepage = (strapi: Core.Strapi): void => {
  const service = strapi.plugin('content-manager')?.service('homepage') as unknown as HomepageService | undefined;
  if (!service) return;
  for (const method of methods) {
    const original = service[method].bind(service);
    service[method] = async () =>
      (await original()).map((document) =>
        document.kind === 'singleType' && document.contentTypeDisplayName ? { ...document, title: document.contentTypeDisplayName } : document,
      );
  }
};
