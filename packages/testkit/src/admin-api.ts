import type { StrapiServer } from './strapi-server.js';

// One login per Strapi and account, shared by the tests of a file: the admin login limiter allows
// five attempts per client and account every five minutes, and a file's tests would exceed it.
const sessions = new Map<string, Promise<string>>();

const logIn = async (cms: StrapiServer, account: { email: string; password: string }): Promise<string> => {
  const response = await fetch(`${cms.url}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: account.email, password: account.password }),
  });
  if (response.status !== 200) throw new Error(`Connexion administrateur refusée (${response.status}) : ${await response.text()}`);
  const body = (await response.json()) as { data: { token?: string; accessToken?: string } };
  return body.data.token ?? body.data.accessToken ?? '';
};

/** Logs the local administrator (or another admin account) in through the admin API and returns its JWT (once per Strapi and account). */
export const adminJwt = (cms: StrapiServer, account: { email: string; password: string } = cms.admin): Promise<string> => {
  const key = `${cms.url} ${account.email} ${account.password}`;
  const known = sessions.get(key);
  if (known) return known;
  const session = logIn(cms, account);
  sessions.set(key, session);
  session.catch(() => sessions.delete(key));
  return session;
};

/** Creates an API token of the given type the way an administrator would in Settings > API Tokens. */
export const createApiToken = async (cms: StrapiServer, type: 'full-access' | 'read-only'): Promise<string> => {
  const jwt = await adminJwt(cms);
  const response = await fetch(`${cms.url}/admin/api-tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${jwt}` },
    body: JSON.stringify({ name: `test-${type}-${Date.now()}`, type, lifespan: null, description: '' }),
  });
  if (response.status !== 201 && response.status !== 200) {
    throw new Error(`Création du jeton refusée (${response.status}) : ${await response.text()}`);
  }
  return ((await response.json()) as { data: { accessKey: string } }).data.accessKey;
};

/** Writes through the REST API with a full-access token; throws with Strapi's message on failure. */
export const restWrite = async (
  cms: StrapiServer,
  token: string,
  method: 'POST' | 'PUT' | 'DELETE',
  path: string,
  data?: Record<string, unknown>,
): Promise<Record<string, unknown>> => {
  const response = await fetch(`${cms.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: data ? JSON.stringify({ data }) : undefined,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} → ${response.status} : ${text}`);
  return text ? ((JSON.parse(text) as { data: Record<string, unknown> }).data ?? {}) : {};
};
