import type { Core } from '@strapi/strapi';
import { editorRoles } from './editor-roles';

type AdminRoleService = { getSuperAdminWithUsersCount: () => Promise<{ usersCount?: number } | null> };
type AdminUserService = {
  exists: (attributes?: Record<string, unknown>) => Promise<boolean>;
  create: (attributes: Record<string, unknown>) => Promise<{ id: number }>;
};

export type DemoAccount = { roleCode: string; firstname: string; email?: string; password?: string };

/** One account per editor role, read from DEMO_<ROLE>_EMAIL and DEMO_<ROLE>_PASSWORD (DEMO_REDACTION_…, DEMO_PUBLICATION_…). */
export const demoAccounts = (env: NodeJS.ProcessEnv): DemoAccount[] =>
  editorRoles.map(({ code, name }) => {
    const key = code.replace(/^bluehats-/, '').toUpperCase();
    return { roleCode: code, firstname: name, email: env[`DEMO_${key}_EMAIL`], password: env[`DEMO_${key}_PASSWORD`] };
  });

/**
 * On the embedded default, one account per editor role, so that a newcomer tries the admin with an
 * editor's rights rather than the super administrator's. The passwords come from apps/cms/.env,
 * where `npm start` generates them and shows them once (scripts/ensure-env.ts); an account whose
 * email or password is not set is not created, and an existing one is left as its owner changed it.
 */
export const ensureDemoAccounts = async (
  strapi: Core.Strapi,
  accounts: DemoAccount[],
  roleIds: Map<string, number>,
): Promise<void> => {
  // Before a super administrator exists, any account would skip Strapi's registration of the first one.
  const superAdmin = await (strapi.service('admin::role') as unknown as AdminRoleService).getSuperAdminWithUsersCount();
  if (!superAdmin?.usersCount) return;
  const users = strapi.service('admin::user') as unknown as AdminUserService;
  for (const { roleCode, firstname, email, password } of accounts) {
    const roleId = roleIds.get(roleCode);
    if (!email || !password || roleId === undefined) continue;
    if (await users.exists({ email })) continue;
    await users.create({
      email,
      password,
      firstname,
      lastname: 'Démo',
      isActive: true,
      roles: [roleId],
      registrationToken: null,
      preferedLanguage: 'fr',
    });
    // Never the password: logs are kept and shipped.
    strapi.log.info(`Compte de démonstration créé : ${email} (rôle ${firstname}).`);
  }
};
