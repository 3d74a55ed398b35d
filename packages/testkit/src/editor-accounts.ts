import type { Page } from 'playwright-core';
import { adminJwt } from './admin-api.js';
import type { StrapiServer } from './strapi-server.js';

export type Account = { email: string; password: string };

/** The two demo editor accounts (apps/cms/src/bootstrap/demo-accounts.ts), with passwords the tests know. */
export const testEditors = {
  redaction: { email: 'redaction@bluehats.test', password: 'Test-Redaction-2026' },
  publication: { email: 'publication@bluehats.test', password: 'Test-Publication-2026' },
} as const satisfies Record<string, Account>;

/** What a test's CMS needs to create those two accounts at boot. */
export const testEditorsEnv = (): Record<string, string> => ({
  DEMO_REDACTION_EMAIL: testEditors.redaction.email,
  DEMO_REDACTION_PASSWORD: testEditors.redaction.password,
  DEMO_PUBLICATION_EMAIL: testEditors.publication.email,
  DEMO_PUBLICATION_PASSWORD: testEditors.publication.password,
});

export type AdminReply<Body = Record<string, unknown>> = { status: number; body: Body };

/**
 * Admin-API calls as several accounts, each logged in once: the admin's login limiter allows five
 * attempts, so a file logs in at the start and reuses the sessions.
 */
export const adminSessions = async <Who extends string>(cms: StrapiServer, accounts: Record<Who, Account>) => {
  const jwts = new Map<Who, string>();
  for (const [who, account] of Object.entries(accounts) as Array<[Who, Account]>) jwts.set(who, await adminJwt(cms, account));
  return {
    jwt: (who: Who): string => jwts.get(who) ?? '',
    /** As `who`, or with no login at all when `who` is null. */
    call: async <Body = Record<string, unknown>>(who: Who | null, method: string, path: string, data?: unknown): Promise<AdminReply<Body>> => {
      const response = await fetch(`${cms.url}${path}`, {
        method,
        headers: { ...(who === null ? {} : { authorization: `Bearer ${jwts.get(who) ?? ''}` }), 'content-type': 'application/json' },
        body: data === undefined ? undefined : JSON.stringify(data),
      });
      const text = await response.text();
      return { status: response.status, body: (text ? JSON.parse(text) : {}) as Body };
    },
  };
};

/** Logs `account` in to the real admin panel in `tab`, as an editor would, and waits until it has left the login page. */
export const logInToAdmin = async (tab: Page, cms: StrapiServer, account: Account): Promise<void> => {
  await tab.goto(`${cms.url}/admin/auth/login`);
  await tab.fill('input[name="email"]', account.email);
  await tab.fill('input[name="password"]', account.password);
  await tab.click('button[type="submit"]');
  await tab.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 120_000 });
};
