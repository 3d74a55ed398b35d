import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, launchChromium, repoRoot, searchFragments } from '@bluehats/testkit';
import { parseEnv } from '../ensure-env.js';

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

  let startEnv: NodeJS.ProcessEnv;
  // The first run's log announces the administrator; later runs' do not.
  let earlierRuns = '';

  /** Runs `npm start` and resolves once it says everything is ready; the output so far is in `output`. */
  const start = async (): Promise<void> => {
    output = '';
    child = spawn(process.execPath, [path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs'), 'scripts/start.ts'], {
      cwd: repoRoot,
      env: startEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
    child.once('exit', () => (earlierRuns += output));
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
  };

  const stop = async (): Promise<void> => {
    if (child && child.exitCode === null) {
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    }
  };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'bluehats-start-'));
    const cmsPort = await freePort();
    const webPort = await freePort();
    cmsUrl = `http://127.0.0.1:${cmsPort}`;
    siteUrl = `http://127.0.0.1:${webPort}`;
    startEnv = {
      ...process.env,
      PORT: String(cmsPort),
      WEB_PORT: String(webPort),
      SITE_URL: siteUrl,
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: path.join(dir, 'data.db'),
      // The demo content's uploads go to the throw-away folder, not into the developer's apps/cms/public.
      PUBLIC_DIR: path.join(dir, 'public'),
      WEB_SITES_DIR: path.join(dir, 'sites'),
      REBUILD_PORT: String(await freePort()),
      PREVIEW_PORT: String(await freePort()),
      // The demo content links to real sites: the suite's CMS never checks them (link-check.test.ts uses a local server).
      LINK_CHECK_ENABLED: 'false',
    };
    await start();
    console.log(`Premier lancement : ${/Tout est prêt[^\n]*/.exec(output)?.[0] ?? ''}`);
  }, 600_000);

  afterAll(async () => {
    await stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The administrator the CMS announces (its password never in its log: it stays in apps/cms/.env), logged in through the admin API. */
  const credentials = () => ({
    email: /Administrateur local créé : (\S+)/.exec(earlierRuns + output)?.[1] ?? '',
    password: process.env.ADMIN_PASSWORD ?? parseEnv(readFileSync(path.join(repoRoot, 'apps/cms/.env'), 'utf8')).get('ADMIN_PASSWORD') ?? '',
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
    // The same document in English: the admin's link opens the English preview (config/admin.ts passes the locale).
    const english = await fetch(`${cmsUrl}/content-manager/preview/url/api::article.article?documentId=${draft?.documentId}&status=draft&locale=en`, { headers: auth });
    expect(new URL(((await english.json()) as { data: { url: string } }).data.url).pathname).toBe(`/en/apercu/articles/${draft?.documentId}/`);
  });

  /** Polls a public page until it answers `status`; returns how long it took. */
  const waitForStatus = async (url: string, status: number): Promise<number> => {
    const started = Date.now();
    while (Date.now() - started < 120_000) {
      if ((await fetch(url)).status === status) return Date.now() - started;
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new Error(`${url} n'a pas répondu ${status} en 120 s :\n${output.slice(-3000)}`);
  };

  it('lets an editor log in, write an article with a quote and a video, publish it to the live site and unpublish it (Chromium)', async () => {
    const { email, password } = credentials();
    expect(email && password).toBeTruthy();
    const browser = await launchChromium(chromium);
    try {
      const tab = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      await tab.goto(`${cmsUrl}/admin/auth/login`);
      await tab.fill('input[name="email"]', email);
      await tab.fill('input[name="password"]', password);
      await tab.click('button[type="submit"]');
      await tab.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 60_000 });

      await tab.goto(`${cmsUrl}/admin/content-manager/collection-types/api::article.article/create`);
      // The form is ready when Strapi has put its default in the address (the type's name), as an editor
      // sees it: typed before, under load, the title did not always reach the address (seen twice since the languages).
      await expect.poll(() => tab.inputValue('input[name="slug"]'), { timeout: 30_000 }).not.toBe('');
      // The address follows the title (apps/cms/src/admin/slug-from-title.tsx).
      await tab.fill('input[name="title"]', 'Écrit dans l’administration');
      await expect.poll(() => tab.inputValue('input[name="slug"]'), { timeout: 30_000 }).toBe('ecrit-dans-l-administration');
      await tab.fill('textarea[name="description"]', 'Un article écrit par le test de bout en bout, avec une citation et une vidéo.');
      await tab.fill('input[name="date"]', '20/11/2026');
      await tab.keyboard.press('Tab');
      for (const [index, component, relation] of [[0, 'Citation', 'quote'], [1, 'Vidéo', 'video']] as const) {
        await tab.getByRole('button', { name: 'Ajouter un composant à Contenu' }).click();
        await tab.getByRole('button', { name: component, exact: true }).click();
        await tab.click(`input[name="body.${index}.${relation}"]`);
        await tab.getByRole('option').first().click();
      }
      await tab.getByRole('button', { name: 'Publier', exact: true }).click();
      await tab.getByRole('status').filter({ hasText: 'Publié' }).first().waitFor({ timeout: 30_000 });

      const page = `${siteUrl}/articles/ecrit-dans-l-administration/`;
      const publishedAfterMs = await waitForStatus(page, 200);
      const html = parse(await (await fetch(page)).text());
      expect(html.querySelector('h1')?.text.trim()).toBe('Écrit dans l’administration');
      expect(html.querySelector('figure.fr-quote blockquote')).not.toBeNull();
      expect(html.querySelector('figure.fr-content-media iframe')?.getAttribute('title')).toBeTruthy();
      console.log(`Publication visible sur le site après ${publishedAfterMs} ms.`);

      await tab.getByRole('button', { name: 'Plus d\'actions sur les documents' }).click();
      await tab.getByRole('menuitem', { name: 'Dépublier', exact: true }).click();
      await tab.getByRole('alertdialog').getByRole('button', { name: 'Dépublier' }).click();
      await tab.getByRole('status').filter({ hasText: 'Publication annulée' }).first().waitFor({ timeout: 30_000 });
      const removedAfterMs = await waitForStatus(page, 404);
      console.log(`Retrait visible sur le site après ${removedAfterMs} ms.`);
    } finally {
      await browser.close();
    }
  });

  it('starts again without rebuilding what did not change, publishes, and builds again after a change', async () => {
    // The second start builds or not depending on what the first run published; the third has nothing new.
    await stop();
    await start();
    await stop();
    await start();
    expect(output).toContain('ni le code ni le contenu publié n’ont changé');
    expect(output).not.toContain('[web:build]');
    expect(output).not.toContain('[apercu:build]');
    console.log(/Tout est prêt[^\n]*/.exec(output)?.[0]);
    const home = await fetch(`${siteUrl}/`);
    expect(home.status).toBe(200);
    const articleHref = /href="(\/articles\/[a-z0-9-]+\/)"/.exec(await home.text())?.[1] ?? '';
    expect(articleHref).toBeTruthy();
    const titleOnSite = async (): Promise<string> => parse(await (await fetch(`${siteUrl}${articleHref}`)).text()).querySelector('h1')?.text.trim() ?? '';

    // An existing article corrected and published again reaches the site that was served without a build.
    const auth = { ...(await adminAuth()), 'content-type': 'application/json' };
    const base = `${cmsUrl}/content-manager/collection-types/api::article.article`;
    const found = await fetch(`${base}?filters[slug][$eq]=${articleHref.split('/')[2] ?? ''}`, { headers: auth });
    const [entry] = ((await found.json()) as { results: Array<{ documentId: string; title: string }> }).results;
    const title = `${entry?.title ?? ''} (corrigé)`;
    expect((await fetch(`${base}/${entry?.documentId}`, { method: 'PUT', headers: auth, body: JSON.stringify({ title }) })).status).toBe(200);
    expect((await fetch(`${base}/${entry?.documentId}/actions/publish`, { method: 'POST', headers: auth, body: JSON.stringify({}) })).status).toBe(200);
    await expect.poll(titleOnSite, { timeout: 120_000, interval: 500 }).toBe(title);
    // The search follows the page: once /status says the rebuild and its follow-up are done, the served index has the new title.
    const status = `http://127.0.0.1:${startEnv.REBUILD_PORT ?? ''}/status`;
    await expect.poll(async () => ((await (await fetch(status)).json()) as { state: string }).state, { timeout: 120_000, interval: 500 }).toBe('idle');
    const last = ((await (await fetch(status)).json()) as { last: { ok: boolean; followUp?: { ok: boolean } } }).last;
    expect(last.ok && (last.followUp?.ok ?? true)).toBe(true);
    expect(searchFragments(path.join(dir, 'sites', 'current')).some((fragment) => fragment.text.includes(title))).toBe(true);

    // That output was made by the rebuild service, not recorded: the next start builds the site again, with the correction.
    await stop();
    await start();
    expect(output).toContain('[web:build]');
    expect(output).not.toContain('ni le code ni le contenu publié n’ont changé');
    expect(await titleOnSite()).toBe(title);
  });
});
