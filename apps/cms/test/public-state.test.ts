import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRebuilder, outputFolders, serveStatic, startWebhookServer, type Rebuilder } from '@bluehats/rebuild-service';
import { publicStatePath, type PageState } from '../src/public-state/public-state-path';
import { adminJwt, buildCmsWithAdmin, createApiToken, freePort, launchChromium, logInToAdmin, restWrite, startStrapi, type StrapiServer } from '@bluehats/testkit';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Long enough for the panel, read every 2 s, to show the build under way. */
const BUILD_MS = 4000;

/**
 * The editor sees when the page is live: a real Strapi with its admin, and the real rebuild service
 * (webhook server, rebuilder, static server, per-entry state) wired as `npm start` wires them. The
 * site builder is a stub that writes one page per published article from the CMS's REST API: a
 * real Astro build takes 30 s or more per publication on two cores, three builds would take this
 * file past two minutes, and the page's content is not what is tested here (apps/web's tests are).
 */
describe('the public state of a page, in the admin', () => {
  let cms: StrapiServer;
  let rebuilder: Rebuilder;
  let writer = '';
  let browser: Browser;
  let work: string;
  const servers: http.Server[] = [];
  let siteUrl = '';
  const article = { title: 'Un nouvel article sur les communs', slug: 'nouvel-article-communs', documentId: '' };

  // French pages at /articles/<slug>/, English ones at /en/articles/<slug>/, as the site writes them.
  const writeSite = async (dir: string): Promise<void> => {
    for (const [locale, folder] of [['fr', 'articles'], ['en', 'en/articles']] as const) {
      const response = await fetch(`${cms.url}/api/articles?locale=${locale}&fields[0]=slug&fields[1]=title&pagination[pageSize]=100`, { headers: { authorization: `Bearer ${cms.readToken}` } });
      if (!response.ok) throw new Error(`Le CMS a répondu ${response.status}`);
      const { data } = (await response.json()) as { data: Array<{ slug: string; title: string }> };
      for (const entry of data) {
        mkdirSync(path.join(dir, folder, entry.slug), { recursive: true });
        writeFileSync(path.join(dir, folder, entry.slug, 'index.html'), `<!doctype html><html lang="${locale}"><title>${entry.title}</title><h1>${entry.title}</h1></html>`);
      }
    }
    writeFileSync(path.join(dir, '404.html'), '<!doctype html><title>Page introuvable</title>');
    await sleep(BUILD_MS);
  };

  beforeAll(async () => {
    buildCmsWithAdmin();
    work = mkdtempSync(path.join(os.tmpdir(), 'bluehats-etat-public-'));
    const folders = outputFolders(path.join(work, 'sites'));
    rebuilder = createRebuilder({ folders, log: () => undefined, build: writeSite });
    const secret = 'etat-public-secret';
    const rebuildPort = await freePort();
    const sitePort = await freePort();
    siteUrl = `http://127.0.0.1:${sitePort}`;
    servers.push(await startWebhookServer(rebuilder, { port: rebuildPort, secret }));
    servers.push(await serveStatic(() => folders.current() ?? work, sitePort));
    cms = await startStrapi({
      serveAdmin: true,
      timeoutMs: 300_000,
      env: {
        REBUILD_WEBHOOK_URL: `http://127.0.0.1:${rebuildPort}/webhook`,
        REBUILD_WEBHOOK_SECRET: secret,
        REBUILD_STATUS_URL: `http://127.0.0.1:${rebuildPort}/status`,
        SITE_URL: siteUrl,
      },
    });
    await rebuilder.buildNow('démarrage');
    writer = await createApiToken(cms, 'full-access');
    article.documentId = String(
      (
        await restWrite(cms, writer, 'POST', '/api/articles?status=draft', {
          title: article.title,
          slug: article.slug,
          description: 'Un article écrit pour le test de l’état public.',
          date: '2026-06-01',
          body: [{ __component: 'blocks.rich-text', content: [{ type: 'paragraph', children: [{ type: 'text', text: 'Bonjour.' }] }] }],
        })
      ).documentId,
    );
    browser = await launchChromium(chromium);
  }, 420_000);

  afterAll(async () => {
    await browser?.close();
    await cms?.destroy();
    for (const server of servers) await new Promise((resolve) => server.close(resolve));
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const panel = (tab: Page) => tab.locator('[data-public-state]');
  const editView = `/admin/content-manager/collection-types/api::article.article/`;

  it('shows « Mise en ligne en cours… », then « En ligne depuis … — Voir la page », and the link opens the page', async () => {
    const tab = await browser.newPage();
    await logInToAdmin(tab, cms, cms.admin);
    await tab.goto(`${cms.url}${editView}${article.documentId}`);
    await expect.poll(() => panel(tab).innerText(), { timeout: 30_000 }).toContain('Pas en ligne');
    expect((await fetch(`${siteUrl}/articles/${article.slug}/`)).status).toBe(404);

    const publish = tab.getByRole('button', { name: 'Publier', exact: true });
    await expect.poll(() => publish.isEnabled(), { timeout: 60_000 }).toBe(true);
    const published = Date.now();
    await publish.click();
    await expect.poll(() => panel(tab).innerText(), { timeout: 30_000, interval: 200 }).toContain('Mise en ligne en cours…');
    await expect.poll(() => panel(tab).innerText(), { timeout: 60_000, interval: 200 }).toMatch(/En ligne depuis \d{1,2} h \d{2}/);
    console.log(`« En ligne » affiché ${((Date.now() - published) / 1000).toFixed(1)} s après « Publier » (construction simulée : ${BUILD_MS / 1000} s)`);
    // The time shown is Paris time, that of the build that put it online.
    const liveAt = new Date(rebuilder.publications.of('api::article.article', article.documentId, 'fr')?.liveAt ?? '');
    const paris = new Intl.DateTimeFormat('fr-FR', { hour: 'numeric', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/Paris' }).formatToParts(liveAt);
    const part = (type: string): string => paris.find((p) => p.type === type)?.value ?? '';
    expect(await panel(tab).innerText()).toContain(`En ligne depuis ${Number(part('hour'))} h ${part('minute')}`);

    const link = panel(tab).getByRole('link', { name: 'Voir la page' });
    expect(await link.getAttribute('href')).toBe(`${siteUrl}/articles/${article.slug}/`);
    const [page] = await Promise.all([tab.context().waitForEvent('page'), link.click()]);
    await page.waitForLoadState();
    expect(await page.locator('h1').innerText()).toBe(article.title);
    await page.close();
    await tab.close();
  }, 240_000);

  it('lists the publication on the home page with the same state', async () => {
    const tab = await browser.newPage();
    await logInToAdmin(tab, cms, cms.admin);
    const list = tab.getByRole('list', { name: 'Dernières publications' });
    await list.waitFor({ timeout: 60_000 });
    const item = list.getByRole('listitem').filter({ hasText: article.title });
    await expect.poll(() => item.innerText(), { timeout: 30_000 }).toMatch(/En ligne depuis \d{1,2} h \d{2}/);
    expect(await item.getByRole('link', { name: 'Voir la page' }).getAttribute('href')).toBe(`${siteUrl}/articles/${article.slug}/`);
    await tab.close();
  }, 120_000);

  it('shows the removal under way, then « Retirée du site », when the editor unpublishes: the page is gone', async () => {
    const tab = await browser.newPage();
    await logInToAdmin(tab, cms, cms.admin);
    await tab.goto(`${cms.url}${editView}${article.documentId}`);
    await expect.poll(() => panel(tab).innerText(), { timeout: 60_000 }).toContain('En ligne depuis');
    await tab.getByRole('button', { name: 'Plus d\'actions sur les documents' }).click();
    await tab.getByRole('menuitem', { name: 'Dépublier', exact: true }).click();
    await tab.getByRole('alertdialog').getByRole('button', { name: 'Dépublier' }).click();
    await expect.poll(() => panel(tab).innerText(), { timeout: 30_000, interval: 200 }).toContain('Retrait du site en cours…');
    await expect.poll(() => panel(tab).innerText(), { timeout: 60_000, interval: 200 }).toMatch(/Retirée du site depuis \d{1,2} h \d{2}/);
    expect(await panel(tab).getByRole('link').count()).toBe(0);
    expect((await fetch(`${siteUrl}/articles/${article.slug}/`)).status).toBe(404);
    await tab.close();
  }, 180_000);

  it('follows each language version on its own: the English page’s address and state for the English edit view, the French state unchanged', async () => {
    const english = { title: 'A new article on the commons', slug: 'new-article-on-the-commons' };
    const jwt = await adminJwt(cms);
    const stateOf = async (query: string): Promise<{ status: number; data?: PageState }> => {
      const response = await fetch(`${cms.url}${publicStatePath}/api::article.article/${article.documentId}${query}`, { headers: { authorization: `Bearer ${jwt}` } });
      return { status: response.status, ...((response.ok ? await response.json() : {}) as { data?: PageState }) };
    };
    const french = await stateOf('');
    expect(french.data).toMatchObject({ url: null, locale: 'fr', publication: { locale: 'fr', event: 'entry.unpublish', state: 'live' } });
    expect((await stateOf('?locale=en')).data).toEqual({ url: null, locale: 'en', publication: null, serviceAnswered: true });
    // A language the site does not have is refused, not read as French.
    expect((await stateOf('?locale=de')).status).toBe(403);

    await restWrite(cms, writer, 'PUT', `/api/articles/${article.documentId}?locale=en&status=published`, {
      title: english.title,
      slug: english.slug,
      description: 'An article written for the public state test.',
      body: [{ __component: 'blocks.rich-text', content: [{ type: 'paragraph', children: [{ type: 'text', text: 'Hello.' }] }] }],
    });
    const englishUrl = `${siteUrl}/en/articles/${english.slug}/`;
    await expect.poll(async () => (await stateOf('?locale=en')).data?.publication?.state, { timeout: 60_000, interval: 200 }).toBe('live');
    expect((await stateOf('?locale=en')).data).toMatchObject({ url: englishUrl, locale: 'en', publication: { locale: 'en', state: 'live' }, serviceAnswered: true });
    expect(await (await fetch(englishUrl)).text()).toContain(`<h1>${english.title}</h1>`);
    // The French version's state is its own: still removed, the English publication changed nothing of it.
    expect((await stateOf('')).data).toEqual(french.data);
    expect((await stateOf('?locale=fr')).data).toEqual(french.data);

    const tab = await browser.newPage();
    await logInToAdmin(tab, cms, cms.admin);
    await tab.goto(`${cms.url}${editView}${article.documentId}?plugins[i18n][locale]=en`);
    await expect.poll(() => panel(tab).innerText(), { timeout: 60_000 }).toMatch(/En ligne depuis \d{1,2} h \d{2}/);
    expect(await panel(tab).getByRole('link', { name: 'Voir la page' }).getAttribute('href')).toBe(englishUrl);
    // The home page names the language of a version not in French, and links to its edit view and its page.
    await tab.goto(`${cms.url}/admin`);
    const item = tab.getByRole('list', { name: 'Dernières publications' }).getByRole('listitem').filter({ hasText: `${english.title} (anglais)` });
    await expect.poll(() => item.innerText(), { timeout: 60_000 }).toMatch(/En ligne depuis \d{1,2} h \d{2}/);
    expect(await item.getByRole('link', { name: 'Voir la page' }).getAttribute('href')).toBe(englishUrl);
    expect(await item.getByRole('link', { name: `${english.title} (anglais)` }).getAttribute('href')).toBe(
      `/admin/content-manager/collection-types/api::article.article/${article.documentId}?plugins[i18n][locale]=en`,
    );
    await tab.close();
  }, 240_000);
});
