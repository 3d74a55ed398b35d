import type { Core } from '@strapi/strapi';

type AdminUserService = {
  exists: (attributes?: Record<string, unknown>) => Promise<boolean>;
  create: (attributes: Record<string, unknown>) => Promise<{ id: number }>;
};
type AdminRoleService = { getSuperAdmin: () => Promise<{ id: number } | null> };

/**
 * On the embedded default a newcomer should log in straight away, without the registration
 * wizard: the first administrator comes from ADMIN_EMAIL / ADMIN_PASSWORD when none exists.
 */
export const ensureLocalAdmin = async (
  strapi: Core.Strapi,
  credentials: { email?: string; password?: string },
): Promise<void> => {
  const { email, password } = credentials;
  if (!email || !password) return;
  const users = strapi.service('admin::user') as unknown as AdminUserService;
  if (await users.exists()) return;
  const superAdmin = await (strapi.service('admin::role') as unknown as AdminRoleService).getSuperAdmin();
  if (!superAdmin) return;
  await users.create({
    email,
    password,
    firstname: 'Admin',
    lastname: 'Local',
    isActive: true,
    roles: [superAdmin.id],
    registrationToken: null,
    preferedLanguage: 'fr',
  });
  const adminUrl = `${strapi.config.get<string>('server.absoluteUrl', '')}/admin`;
  // Never the password: logs are kept and shipped. `npm start` shows it once in the terminal when it
  // generates it (scripts/ensure-env.ts); it stays in ADMIN_PASSWORD.
  strapi.log.info(`Administrateur local créé : ${email} (mot de passe : ADMIN_PASSWORD). Connexion : ${adminUrl}`);
};
