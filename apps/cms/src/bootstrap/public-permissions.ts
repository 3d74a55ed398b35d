import type { Core } from '@strapi/strapi';

/**
 * The site is built with a read-only API token, so anonymous visitors need nothing from our
 * content API. Any permission an administrator grants the public role on an api:: type by
 * mistake is withdrawn at boot, and logged, rather than silently kept.
 */
export const lockPublicRole = async (strapi: Core.Strapi): Promise<void> => {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  if (!role) return;
  const granted = await strapi.db
    .query('plugin::users-permissions.permission')
    .findMany({ where: { role: role.id, action: { $startsWith: 'api::' } } });
  if (granted.length === 0) return;
  await strapi.db
    .query('plugin::users-permissions.permission')
    .deleteMany({ where: { id: { $in: granted.map((p: { id: number }) => p.id) } } });
  strapi.log.warn(
    `Rôle public : ${granted.length} permission(s) retirée(s) (${granted.map((p: { action: string }) => p.action).join(', ')}). Le site lit le contenu avec un jeton en lecture seule.`,
  );
};
