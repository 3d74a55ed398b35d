import type { Core } from '@strapi/strapi';
import { localeCodes } from '../i18n/locales';

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
type Role = { id: number; code: string; description?: string };

type RoleService = {
  findOne: (where: Record<string, unknown>) => Promise<Role | null>;
  create: (attributes: { name: string; code: string; description: string }) => Promise<Role>;
  update: (where: { id: number }, attributes: { description: string }) => Promise<unknown>;
  assignPermissions: (roleId: number, permissions: Permission[]) => Promise<unknown>;
};
type PermissionService = {
  actionProvider: { values: () => Action[]; appliesToProperty: (property: string, actionId: string, subject?: string | null) => Promise<boolean> };
};
type ContentTypeService = {
  getPermissionsWithNestedFields: (actions: Action[], options: { restrictedSubjects: string[] }) => Permission[];
};

const contentManager = (verb: string): string => `plugin::content-manager.explorer.${verb}`;
const mediaLibrary = (verb: string): string => `plugin::upload.${verb}`;

// Strapi's own set for its Editor role (admin role service, getDefaultPluginPermissions) but
// "assets.update", which is also what Strapi checks to replace and to delete a file.
const mediaBase = ['read', 'configure-view', 'assets.create', 'assets.download', 'assets.copy-link'].map(mediaLibrary);
/** Strapi's condition that limits a permission to what the account created itself. */
const ownOnly = 'admin::is-creator';

export type EditorRole = {
  code: string;
  name: string;
  description: string;
  /** Granted on every one of our types. */
  contentActions: string[];
  /**
   * Granted only on the types with a draft step: a type without one is live the moment it is
   * saved (site settings, navigation, tags), so writing it is publishing it.
   */
  draftStepActions: string[];
  media: Permission[];
};

export const editorRoles: EditorRole[] = [
  {
    code: 'bluehats-redaction',
    name: 'Rédaction',
    description:
      'Rédige les brouillons, ajoute des médias et modifie les siens ; lit seulement les types sans brouillon (réglages du site, navigation, étiquettes…), en ligne dès leur enregistrement ; ne publie pas, ne supprime pas, n’accède pas aux paramètres.',
    contentActions: ['read'].map(contentManager),
    draftStepActions: ['create', 'update'].map(contentManager),
    media: [...mediaBase.map((action) => ({ action, conditions: [] })), { action: mediaLibrary('assets.update'), conditions: [ownOnly] }],
  },
  {
    code: 'bluehats-publication',
    name: 'Publication',
    description:
      'Tout ce que fait la Rédaction, et aussi publier, dépublier, abandonner un brouillon, supprimer, modifier les types sans brouillon (réglages du site, navigation, étiquettes…), remplacer et supprimer les médias ; n’accède pas aux paramètres.',
    // In Strapi 5 "publish" also covers unpublishing; discarding a draft is "update" (src/review/discard-guard.ts narrows it).
    contentActions: ['create', 'read', 'update', 'delete', 'publish'].map(contentManager),
    draftStepActions: [],
    media: [...mediaBase, mediaLibrary('assets.update')].map((action) => ({ action, conditions: [] })),
  },
];

/** Our own types (src/api) that have no draft step: saving one of them is publishing it. */
export const typesWithoutDraftStep = (strapi: Core.Strapi): string[] =>
  Object.entries(strapi.contentTypes)
    .filter(([uid, contentType]) => uid.startsWith('api::') && !contentType.options?.draftAndPublish)
    .map(([uid]) => uid);

/**
 * The same rights in every language: on a translated type, a permission without `locales` would
 * open no language at all (the i18n plugin's permission engine), and one limited to French would
 * leave the English versions to the super administrator.
 */
const inEveryLocale = async (actionProvider: PermissionService['actionProvider'], permissions: Permission[]): Promise<Permission[]> =>
  Promise.all(
    permissions.map(async (permission) =>
      (await actionProvider.appliesToProperty('locales', permission.action, permission.subject))
        ? { ...permission, properties: { ...permission.properties, locales: [...localeCodes] } }
        : permission,
    ),
  );

/** Content permissions on our own types only: not the users-permissions accounts nor any plugin's. */
const permissionsOf = async (strapi: Core.Strapi, role: EditorRole): Promise<Permission[]> => {
  const { actionProvider } = strapi.service('admin::permission') as unknown as PermissionService;
  const all = actionProvider.values();
  const contentTypes = strapi.service('admin::content-type') as unknown as ContentTypeService;
  const notOurs = [...new Set(all.flatMap((action) => action.subjects ?? []))].filter((uid) => !uid.startsWith('api::'));
  const grant = (actionIds: string[], excluded: string[]): Permission[] => {
    const actions = all.filter((action) => actionIds.includes(action.actionId));
    return actions.length ? contentTypes.getPermissionsWithNestedFields(actions, { restrictedSubjects: [...notOurs, ...excluded] }) : [];
  };
  return [...(await inEveryLocale(actionProvider, [...grant(role.contentActions, []), ...grant(role.draftStepActions, typesWithoutDraftStep(strapi))])), ...role.media];
};

/** Creates the two roles when missing (found by code, so a renamed role is not duplicated) and syncs their rights. */
export const ensureEditorRoles = async (strapi: Core.Strapi): Promise<Map<string, number>> => {
  const roles = strapi.service('admin::role') as unknown as RoleService;
  const ids = new Map<string, number>();
  for (const role of editorRoles) {
    const { code, name, description } = role;
    const existing = await roles.findOne({ code });
    const saved = existing ?? (await roles.create({ code, name, description }));
    // The description says what the role can do: it follows the rights given below.
    if (existing && existing.description !== description) await roles.update({ id: existing.id }, { description });
    await roles.assignPermissions(saved.id, await permissionsOf(strapi, role));
    ids.set(code, saved.id);
  }
  return ids;
};
