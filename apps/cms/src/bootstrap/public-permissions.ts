import type { Core } from '@strapi/strapi';

/**
 * The site is built with a read-only API token and has no visitor accounts, so the public role
 * needs no permission at all: not on our content types, not to register or log in as a site user.
 * Whatever it holds (Strapi's defaults on a new database, or a grant made by mistake) is withdrawn
 * at boot and logged, and self-registration is switched off.
 */
export const lockPublicRole = async (strapi: Core.Strapi): Promise<void> => {
  const advanced = strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' });
  const settings = ((await advanced.get()) ?? {}) as Record<string, unknown>;
  if (settings.allow_register !== false) await advanced.set({ value: { ...settings, allow_register: false } });

  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  if (!role) return;
  const granted = await strapi.db.query('plugin::users-permissions.permission').findMany({ where: { role: role.id } });
  if (granted.length === 0) return;
  await strapi.db
    .query('plugin::users-permissions.permission')
    .deleteMany({ where: { id: { $in: granted.map((p: { id: number }) => p.id) } } });
  strapi.log.warn(
    `Rôle public : ${granted.length} permission(s) retirée(s) (${granted.map((p: { action: string }) => p.action).join(', ')}). Le site lit le contenu avec un jeton en lecture seule.`,
  );
};
