import type { Core } from '@strapi/strapi';

type TokenService = { hash: (accessKey: string) => string };
type EncryptionService = { encrypt: (value: string) => string };
type ContentApi = { contentAPI: { permissions: { providers: { action: { keys: () => string[] } } } } };
type TokenRow = { id: number; accessKey?: string; type?: string; expiresAt?: string | null; permissions?: Array<{ action: string }> };

export type ManagedToken = {
  name: string;
  description: string;
  type: 'read-only' | 'full-access' | 'custom';
  /** The content-API actions of a custom token. */
  permissions?: string[];
  /** The token itself, from the environment; no value, no token (an earlier one is revoked). */
  value: string | undefined;
  /** Hours the token stays valid after it is created; none: until its variable changes. */
  lifespanHours?: number;
};

/**
 * find and findOne on each of our types (src/api), as registered: what the site build reads. Not
 * Strapi's read-only type, which also reads the media library's list (names and alternative texts
 * of files attached only to drafts) and the accounts' roles.
 */
export const contentReadActions = (strapi: Core.Strapi): string[] => {
  const registered = new Set((strapi as unknown as ContentApi).contentAPI.permissions.providers.action.keys());
  return Object.keys(strapi.contentTypes)
    .filter((uid) => uid.startsWith('api::'))
    .flatMap((uid) => [`${uid}.find`, `${uid}.findOne`])
    .filter((action) => registered.has(action))
    .sort();
};

/** The token the site build reads published content with (STRAPI_READ_TOKEN): our types' published entries, nothing else. */
export const readToken = (value: string | undefined, permissions: string[]): ManagedToken => ({
  name: 'Construction du site (lecture seule)',
  description: 'Utilisé par le site public pour lire le contenu publié. Valeur : STRAPI_READ_TOKEN.',
  type: 'custom',
  permissions,
  value,
});

/** The only read-only token allowed to read drafts (src/preview/draft-reads.ts): the preview server's. */
export const previewTokenName = 'Aperçu des brouillons (lecture seule)';

/** Its value is derived from PREVIEW_SECRET (src/preview/preview-api-token.ts). */
export const previewToken = (value: string | undefined): ManagedToken => ({
  name: previewTokenName,
  description: 'Utilisé par le serveur d’aperçu pour lire les brouillons. Valeur : dérivée de PREVIEW_SECRET.',
  type: 'read-only',
  value,
});

/**
 * The token `npm run import` writes with (STRAPI_IMPORT_TOKEN), set only for the time of an import:
 * it can write everything, so it expires a day after it is created and is revoked at the first
 * boot without the variable.
 */
export const importToken = (value: string | undefined): ManagedToken => ({
  name: 'Import des fichiers Markdown',
  description: 'Utilisé par npm run import pour créer des brouillons. Valeur : STRAPI_IMPORT_TOKEN.',
  type: 'full-access',
  value,
  lifespanHours: Number(process.env.STRAPI_IMPORT_TOKEN_HOURS ?? 24),
});

/** A custom token's actions, rewritten as Strapi's token service writes them (one row per action). */
const setPermissions = async (strapi: Core.Strapi, tokenId: number, actions: string[]): Promise<void> => {
  const permissions = strapi.db.query('admin::api-token-permission');
  await permissions.deleteMany({ where: { token: tokenId } });
  for (const action of actions) await permissions.create({ data: { action, token: tokenId } });
};

/**
 * Tokens whose value lives in an environment variable. Strapi only stores their hash, so each one
 * is (re)aligned with the environment at each boot: rotating it is changing the variable and
 * restarting; removing the variable revokes it.
 */
export const ensureApiToken = async (strapi: Core.Strapi, token: ManagedToken): Promise<void> => {
  const query = strapi.db.query('admin::api-token');
  const existing = (await query.findOne({ where: { name: token.name }, populate: { permissions: true } })) as TokenRow | null;
  if (!token.value) {
    if (!existing) return;
    await query.delete({ where: { id: existing.id } });
    strapi.log.info(`Jeton d'API « ${token.name} » révoqué : sa variable n'est plus définie.`);
    return;
  }
  const tokens = strapi.service('admin::api-token-content-api') as unknown as TokenService;
  const encryption = strapi.service('admin::encryption') as unknown as EncryptionService;
  const accessKey = tokens.hash(token.value);
  // An expired import token comes back at a boot that still has its variable: setting it is asking for it.
  const expired = existing?.expiresAt ? new Date(existing.expiresAt).getTime() <= Date.now() : false;
  const wanted = [...(token.permissions ?? [])].sort();
  const held = (existing?.permissions ?? []).map((permission) => permission.action).sort();
  const samePermissions = wanted.join() === held.join();
  if (existing?.accessKey === accessKey && existing?.type === token.type && !expired && samePermissions) return;
  const lifespan = token.lifespanHours ? token.lifespanHours * 3600 * 1000 : null;
  const data = {
    name: token.name,
    description: token.description,
    type: token.type,
    kind: 'content-api',
    accessKey,
    encryptedKey: encryption.encrypt(token.value),
    lifespan,
    expiresAt: lifespan ? new Date(Date.now() + lifespan) : null,
  };
  const saved = (existing ? await query.update({ where: { id: existing.id }, data }) : await query.create({ data })) as TokenRow;
  if (!samePermissions) await setPermissions(strapi, saved.id, wanted);
  strapi.log.info(`Jeton d'API « ${token.name} » ${existing ? 'mis à jour' : 'créé'}.`);
};
