import type { Core } from '@strapi/strapi';

const TOKEN_NAME = 'Construction du site (lecture seule)';

type TokenService = { hash: (accessKey: string) => string };
type EncryptionService = { encrypt: (value: string) => string };

/**
 * The site build authenticates with a read-only token whose value lives in the build's
 * environment (STRAPI_READ_TOKEN). Strapi only stores its hash, so the token is (re)aligned
 * with the environment at each boot: rotating it is changing the variable and restarting.
 */
export const ensureReadToken = async (strapi: Core.Strapi, value: string | undefined): Promise<void> => {
  if (!value) return;
  const tokens = strapi.service('admin::api-token-content-api') as unknown as TokenService;
  const encryption = strapi.service('admin::encryption') as unknown as EncryptionService;
  const accessKey = tokens.hash(value);
  const query = strapi.db.query('admin::api-token');
  const existing = await query.findOne({ where: { name: TOKEN_NAME } });
  if (existing?.accessKey === accessKey) return;
  const data = {
    name: TOKEN_NAME,
    description: 'Utilisé par le site public pour lire le contenu publié. Valeur : STRAPI_READ_TOKEN.',
    type: 'read-only',
    kind: 'content-api',
    accessKey,
    encryptedKey: encryption.encrypt(value),
    lifespan: null,
    expiresAt: null,
  };
  if (existing) await query.update({ where: { id: existing.id }, data });
  else await query.create({ data });
  strapi.log.info(`Jeton d'API « ${TOKEN_NAME} » ${existing ? 'mis à jour' : 'créé'}.`);
};
