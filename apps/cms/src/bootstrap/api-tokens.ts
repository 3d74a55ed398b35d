import type { Core } from '@strapi/strapi';

type TokenService = { hash: (accessKey: string) => string };
type EncryptionService = { encrypt: (value: string) => string };

export type ManagedToken = {
  name: string;
  description: string;
  type: 'read-only' | 'full-access';
  /** The token itself, from the environment; no value, no token. */
  value: string | undefined;
};

/** The token the site build reads published content with (STRAPI_READ_TOKEN). */
export const readToken = (value: string | undefined): ManagedToken => ({
  name: 'Construction du site (lecture seule)',
  description: 'Utilisé par le site public pour lire le contenu publié. Valeur : STRAPI_READ_TOKEN.',
  type: 'read-only',
  value,
});

/** The token `npm run import` writes with (STRAPI_IMPORT_TOKEN); leave it unset where nobody imports. */
export const importToken = (value: string | undefined): ManagedToken => ({
  name: 'Import des fichiers Markdown',
  description: 'Utilisé par npm run import pour créer des brouillons. Valeur : STRAPI_IMPORT_TOKEN.',
  type: 'full-access',
  value,
});

/**
 * Tokens whose value lives in an environment variable. Strapi only stores their hash, so each one
 * is (re)aligned with the environment at each boot: rotating it is changing the variable and
 * restarting.
 */
export const ensureApiToken = async (strapi: Core.Strapi, token: ManagedToken): Promise<void> => {
  if (!token.value) return;
  const tokens = strapi.service('admin::api-token-content-api') as unknown as TokenService;
  const encryption = strapi.service('admin::encryption') as unknown as EncryptionService;
  const accessKey = tokens.hash(token.value);
  const query = strapi.db.query('admin::api-token');
  const existing = await query.findOne({ where: { name: token.name } });
  if (existing?.accessKey === accessKey && existing?.type === token.type) return;
  const data = {
    name: token.name,
    description: token.description,
    type: token.type,
    kind: 'content-api',
    accessKey,
    encryptedKey: encryption.encrypt(token.value),
    lifespan: null,
    expiresAt: null,
  };
  if (existing) await query.update({ where: { id: existing.id }, data });
  else await query.create({ data });
  strapi.log.info(`Jeton d'API « ${token.name} » ${existing ? 'mis à jour' : 'créé'}.`);
};
