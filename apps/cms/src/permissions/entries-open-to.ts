import type { Core, UID } from '@strapi/strapi';

type Verb = 'read' | 'update' | 'publish';
type Checker = {
  cannot: Record<Verb, () => boolean>;
  sanitizedQuery: Record<Verb, (query: object) => Promise<{ filters?: unknown }>>;
};
type CheckerService = { create: (options: { userAbility: unknown; model: string }) => Checker };

/**
 * Which entries of a type an admin account may read, update or publish, as the content manager decides it
 * (its own permission checker): undefined when none, otherwise the filters that select them, those
 * of the permission's conditions (« only the entries it created ») included. Our admin routes ask
 * this for each type they read, so they answer no more than the content manager would show.
 */
export const entriesOpenTo = async (strapi: Core.Strapi, userAbility: unknown, uid: string, verb: Verb): Promise<{ filters?: unknown } | undefined> => {
  const checker = (strapi.plugin('content-manager').service('permission-checker') as unknown as CheckerService).create({ userAbility, model: uid });
  if (checker.cannot[verb]()) return undefined;
  return checker.sanitizedQuery[verb]({});
};

/** Whether the account may read, update or publish this one entry (its latest version), conditions included. */
export const mayOnEntry = async (strapi: Core.Strapi, userAbility: unknown, uid: string, documentId: string, verb: Verb): Promise<boolean> => {
  if (!(uid in strapi.contentTypes)) return false;
  const open = await entriesOpenTo(strapi, userAbility, uid, verb);
  if (!open) return false;
  const filters = open.filters ? { $and: [open.filters, { documentId }] } : { documentId };
  const documents = strapi.documents(uid as UID.ContentType);
  return (await documents.count({ filters, status: 'draft' } as Parameters<typeof documents.count>[0])) > 0;
};
