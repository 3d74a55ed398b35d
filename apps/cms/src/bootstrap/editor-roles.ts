import type { Core } from '@strapi/strapi';

/**
 * The two roles editors work with, least privilege first: "Rédaction" writes drafts, "Publication"
 * also puts them online. Neither touches the settings (users, roles, tokens, webhooks).
 *
 * Their content permissions are derived at every boot from the content types under src/api, so a
 * type added later is covered without anyone editing a role; an administrator's changes to these
 * two roles in Paramètres are therefore reset at the next boot (docs/guide-redaction.md, Rôles).
 */

type Permission = { action: string; subject?: string | null; properties?: Record<string, unknown>; conditions?: string[] };
type Action = { actionId: string; section: string; subjects?: string[] };
type Role = { id: number; code: string };

type RoleService = {
  findOne: (where: Record<string, unknown>) => Promise<Role | null>;
  create: (attributes: { name: string; code: string; description: string }) => Promise<Role>;
  assignPermissions: (roleId: number, permissions: Permission[]) => Promise<unknown>;
};
type PermissionService = { actionProvider: { values: () => Action[] } };
type ContentTypeService = {
  getPermissionsWithNestedFields: (actions: Action[], options: { restrictedSubjects: string[] }) => Permission[];
};

const contentManager = (verb: string): string => `plugin::content-manager.explorer.${verb}`;

// Strapi's own set for its Editor role (admin role service, getDefaultPluginPermissions): the media
// library without deleting a file that published pages may show.
const mediaLibrary = ['read', 'configure-view', 'assets.create', 'assets.update', 'assets.download', 'assets.copy-link'].map(
  (verb) => `plugin::upload.${verb}`,
);

export type EditorRole = { code: string; name: string; description: string; contentActions: string[] };

export const editorRoles: EditorRole[] = [
  {
    code: 'bluehats-redaction',
    name: 'Rédaction',
    description: 'Rédige et modifie les brouillons de tous les contenus et ajoute des médias ; ne publie pas, ne supprime pas, n’accède pas aux paramètres.',
    contentActions: ['create', 'read', 'update'].map(contentManager),
  },
  {
    code: 'bluehats-publication',
    name: 'Publication',
    description: 'Tout ce que fait la Rédaction, et aussi publier, dépublier et supprimer les contenus ; n’accède pas aux paramètres.',
    // In Strapi 5 "publish" also covers unpublishing and discarding a draft.
    contentActions: ['create', 'read', 'update', 'delete', 'publish'].map(contentManager),
  },
];

/** Content permissions on our own types only: not the users-permissions accounts nor any plugin's. */
const permissionsOf = (strapi: Core.Strapi, role: EditorRole): Permission[] => {
  const actions = (strapi.service('admin::permission') as unknown as PermissionService).actionProvider
    .values()
    .filter((action) => role.contentActions.includes(action.actionId));
  const notOurs = [...new Set(actions.flatMap((action) => action.subjects ?? []))].filter((uid) => !uid.startsWith('api::'));
  const content = (strapi.service('admin::content-type') as unknown as ContentTypeService).getPermissionsWithNestedFields(actions, {
    restrictedSubjects: notOurs,
  });
  return [...content, ...mediaLibrary.map((action) => ({ action, conditions: [] }))];
};

/** Creates the two roles when missing (found by code, so a renamed role is not duplicated) and syncs their rights. */
export const ensureEditorRoles = async (strapi: Core.Strapi): Promise<Map<string, number>> => {
  const roles = strapi.service('admin::role') as unknown as RoleService;
  const ids = new Map<string, number>();
  for (const role of editorRoles) {
    const { code, name, description } = role;
    const existing = await roles.findOne({ code });
    const saved = existing ?? (await roles.create({ code, name, description }));
    await roles.assignPermissions(saved.id, permissionsOf(strapi, role));
    ids.set(code, saved.id);
  }
  return ids;
};
