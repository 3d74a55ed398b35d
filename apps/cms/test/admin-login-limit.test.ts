import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStrapi, type StrapiServer } from '@bluehats/testkit';

describe('admin login', () => {
  let cms: StrapiServer;
  beforeAll(async () => {
    // Declared as the operator behind nginx declares it (docs/production.md).
    cms = await startStrapi({ env: { SEED_DEMO_CONTENT: 'false', BEHIND_PROXY: 'true' } });
  });
  afterAll(async () => {
    await cms?.destroy();
  });

  it('stops password guessing after five attempts', async () => {
    const attempt = () =>
      fetch(`${cms.url}/admin/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: cms.admin.email, password: 'Mauvais-mot-de-passe-1' }),
      });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await attempt()).status);
    expect(statuses.slice(0, 5).every((status) => status === 400)).toBe(true);
    expect(statuses[5]).toBe(429);
  });

  // Behind nginx (docs/production.md) every request comes from 127.0.0.1 and names its client in
  // X-Forwarded-For; an nginx that appends rather than sets it lets the client's own value through first.
  const viaProxy = (forwardedFor: string, password = 'Mauvais-mot-de-passe-1', extra: Record<string, unknown> = {}) =>
    fetch(`${cms.url}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor, 'x-forwarded-proto': 'https' },
      body: JSON.stringify({ email: cms.admin.email, password, ...extra }),
    });

  it('behind the proxy, limits two clients apart: one guesser does not lock the editor out for everyone', async () => {
    const guesser: number[] = [];
    for (let i = 0; i < 6; i += 1) guesser.push((await viaProxy('203.0.113.7')).status);
    expect(guesser).toEqual([400, 400, 400, 400, 400, 429]);
    expect((await viaProxy('203.0.113.8')).status).toBe(400);
  });

  it('does not let a forged X-Forwarded-For reset the limiter', async () => {
    for (let i = 0; i < 6; i += 1) await viaProxy('203.0.113.17');
    for (const forged of ['198.51.100.23', '198.51.100.24, 10.0.0.1', 'unknown']) {
      expect((await viaProxy(`${forged}, 203.0.113.17`)).status, forged).toBe(429);
    }
  });

  it('sends the admin session cookie Secure over HTTPS, and no longer than the documented two idle hours', async () => {
    const response = await viaProxy('203.0.113.27', cms.admin.password, { rememberMe: true });
    expect(response.status).toBe(200);
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('strapi_admin_refresh='));
    expect(cookie).toMatch(/;\s*secure/i);
    const expires = Date.parse(/expires=([^;]+)/i.exec(cookie ?? '')?.[1] ?? '');
    expect(expires - Date.now()).toBeLessThanOrEqual(2 * 3600 * 1000 + 60_000);
  });

  it('without a declared proxy (npm start), a new X-Forwarded-For on each attempt does not escape the limiter', async () => {
    const direct = await startStrapi({ env: { SEED_DEMO_CONTENT: 'false' } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 7; i += 1) {
        const response = await fetch(`${direct.url}/admin/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.51.100.${i + 1}` },
          body: JSON.stringify({ email: direct.admin.email, password: 'Mauvais-mot-de-passe-1' }),
        });
        statuses.push(response.status);
      }
      expect(statuses).toEqual([400, 400, 400, 400, 400, 429, 429]);
    } finally {
      await direct.destroy();
    }
  });

  it('never writes the administrator’s password to its log', () => {
    expect(cms.logs()).toContain('Administrateur local créé');
    expect(cms.logs()).not.toContain(cms.admin.password);
  });
});
