/**
 * On the local default (the CMS `npm start` runs, with the administrator it generated), the import
 * makes its own write token instead of asking the user to edit apps/cms/.env and restart twice:
 * it logs in as that administrator, creates a full-access API token through the admin API (as
 * Settings › API Tokens would, with the shortest lifespan Strapi offers), and revokes it when the
 * import is over, even when it failed. Production keeps STRAPI_IMPORT_TOKEN.
 */

export type AdminAccount = { email: string; password: string };

// Strapi's shortest API-token lifespan (7 days, in ms): the token is revoked long before, in `finally`.
const SHORTEST_LIFESPAN = 7 * 24 * 3600 * 1000;

export const isLocalCms = (cmsUrl: string): boolean => ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(cmsUrl).hostname);

const adminFetch = async (url: string, init: RequestInit, what: string): Promise<unknown> => {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${what} refusé par le CMS (${response.status}) : ${(await response.text()).slice(0, 200)}`);
  return response.status === 204 ? null : response.json();
};

export const withTemporaryToken = async <T>(cmsUrl: string, account: AdminAccount, use: (token: string) => Promise<T>): Promise<T> => {
  const base = cmsUrl.replace(/\/+$/, '');
  const login = (await adminFetch(`${base}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(account) }, 'Connexion de l’administrateur local (ADMIN_EMAIL, ADMIN_PASSWORD)')) as {
    data: { token?: string; accessToken?: string };
  };
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${login.data.token ?? login.data.accessToken ?? ''}` };
  const created = (await adminFetch(
    `${base}/admin/api-tokens`,
    { method: 'POST', headers, body: JSON.stringify({ name: `import-${new Date().toISOString()}`, description: 'Jeton temporaire de npm run import : révoqué à la fin de l’import.', type: 'full-access', lifespan: SHORTEST_LIFESPAN }) },
    'Création du jeton d’import',
  )) as { data: { id: number; accessKey: string } };
  try {
    return await use(created.data.accessKey);
  } finally {
    await adminFetch(`${base}/admin/api-tokens/${created.data.id}`, { method: 'DELETE', headers }, 'Révocation du jeton d’import');
  }
};
