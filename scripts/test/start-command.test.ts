import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, launchChromium, repoRoot } from '@bluehats/testkit';

/**
 * The newcomer's path, end to end: `npm start` on a throw-away SQLite file, then the admin and
 * the site are checked over HTTP and the administrator logs in through the real login form.
 */
describe('npm start on the embedded default', () => {
  let child: ChildProcess;
  let output = '';
  let dir: string;
  let cmsUrl: string;
  let siteUrl: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'bluehats-start-'));
    const cmsPort = await freePort();
    const webPort = await freePort();
    cmsUrl = `http://127.0.0.1:${cmsPort}`;
    siteUrl = `http://127.0.0.1:${webPort}`;
    child = spawn(process.execPath, [path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs'), 'scripts/start.ts'], {
      cwd: repoRoot,
      env: {
        ...process.env,
        PORT: String(cmsPort),
        WEB_PORT: String(webPort),
        SITE_URL: siteUrl,
        DATABASE_CLIENT: 'sqlite',
        DATABASE_FILENAME: path.join(dir, 'data.db'),
        WEB_SITES_DIR: path.join(dir, 'sites'),
        REBUILD_PORT: String(await freePort()),
        PREVIEW_PORT: String(await freePort()),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (output.includes('Tout est prêt')) {
          clearInterval(timer);
          resolve();
        } else if (child.exitCode !== null) {
          clearInterval(timer);
          reject(new Error(`npm start s'est arrêté :\n${output}`));
        }
      }, 500);
    });
  }, 600_000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    }
    rmSync(dir, { recursive: true, force: true });
  });

  /** The administrator printed once by the first run, logged in through the admin API. */
  const credentials = () => ({
    email: /Administrateur local créé : (\S+)/.exec(output)?.[1] ?? '',
    password: /mot de passe : (\S+)\./.exec(output)?.[1] ?? '',
  });
  const adminAuth = async (): Promise<{ authorization: string }> => {
    const login = await fetch(`${cmsUrl}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(credentials()),
    });
    return { authorization: `Bearer ${((await login.json()) as { data: { token: string } }).data.token}` };
  };

  it('prints both addresses', () => {
    expect(output).toContain(`${siteUrl}/`);
    expect(output).toContain(`${cmsUrl}/admin`);
  });

  it('serves the admin and the site with the demo content', async () => {
    expect((await fetch(`${cmsUrl}/admin`)).status).toBe(200);
    const home = await fetch(`${siteUrl}/`);
    expect(home.status).toBe(200);
    const html = await home.text();
    const articleHref = /href="(\/articles\/[a-z0-9-]+\/)"/.exec(html)?.[1];
    const callHref = /href="(\/appels-a-projets\/[a-z0-9-]+\/)"/.exec(html)?.[1] ?? '/appels-a-projets/';
    expect(articleHref).toBeTruthy();
    const article = await fetch(`${siteUrl}${articleHref}`);
    expect(article.status).toBe(200);
    expect(await article.text()).toContain('fr-content');
    const calls = await fetch(`${siteUrl}${callHref}`);
    expect(calls.status).toBe(200);
    expect((await fetch(`${siteUrl}/page-qui-n-existe-pas/`)).status).toBe(404);
  });

  it('rebuilds the live site when an editor publishes, and again when they unpublish', async () => {
    const admin = { 'content-type': 'application/json', ...(await adminAuth()) };
    const base = `${cmsUrl}/content-manager/collection-types/api::article.article`;
    const created = await fetch(base, {
      method: 'POST',
      headers: admin,
      body: JSON.stringify({
        title: 'Publié depuis l’administration',
        slug: 'publie-depuis-l-administration',
        description: 'Un article créé pendant le test de publication.',
        date: '2026-11-20',
        body: [{ __component: 'blocks.rich-text', content: [{ type: 'paragraph', children: [{ type: 'text', text: 'Bonjour.' }] }] }],
      }),
    });
    expect(created.status, await created.clone().text()).toBe(201);
    const documentId = ((await created.json()) as { data: { documentId: string } }).data.documentId;
    const page = `${siteUrl}/articles/publie-depuis-l-administration/`;
    expect((await fetch(page)).status).toBe(404);

    const publish = await fetch(`${base}/${documentId}/actions/publish`, { method: 'POST', headers: admin, body: '{}' });
    expect(publish.status).toBe(200);
    const waitFor = async (status: number): Promise<number> => {
      const started = Date.now();
      while (Date.now() - started < 90_000) {
        if ((await fetch(page)).status === status) return Date.now() - started;
        await new Promise((r) => setTimeout(r, 500));
      }
      throw new Error(`${page} n'a pas répondu ${status} en 90 s :\n${output.slice(-3000)}`);
    };
    await waitFor(200);
    expect(await (await fetch(page)).text()).toContain('Publié depuis l’administration');

    const unpublish = await fetch(`${base}/${documentId}/actions/unpublish`, { method: 'POST', headers: admin, body: '{}' });
    expect(unpublish.status).toBe(200);
    await waitFor(404);
  });

  it('opens a draft in the preview server through the link the admin gives', async () => {
    const auth = await adminAuth();
    const drafts = await fetch(`${cmsUrl}/content-manager/collection-types/api::article.article?filters[title][$startsWith]=Brouillon`, { headers: auth });
    const [draft] = ((await drafts.json()) as { results: Array<{ documentId: string; title: string }> }).results;
    const link = await fetch(`${cmsUrl}/content-manager/preview/url/api::article.article?documentId=${draft?.documentId}&status=draft&locale=`, { headers: auth });
    const { url } = ((await link.json()) as { data: { url: string } }).data;
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(draft?.title ?? '∅');
    expect((await fetch(url.replace(/signature=[^&]+/, 'signature=x'))).status).toBe(401);
  });

  it('lets the local administrator log in through the real login form', async () => {
    const { email, password } = credentials();
    expect(email && password).toBeTruthy();
    const browser = await launchChromium(chromium);
    try {
      const tab = await browser.newPage();
      await tab.goto(`${cmsUrl}/admin/auth/login`);
      await tab.fill('input[name="email"]', email ?? '');
      await tab.fill('input[name="password"]', password ?? '');
      await tab.click('button[type="submit"]');
      await tab.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 60_000 });
      expect(tab.url()).not.toContain('/auth/login');
    } finally {
      await browser.close();
    }
  });
});
