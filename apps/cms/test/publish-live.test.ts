import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCmsWithAdmin, createApiToken, freePort, launchChromium, logInToAdmin, restWrite, startStrapi, webDir, type StrapiServer } from '@bluehats/testkit';
import { startPublishService, type PublishService } from 'web/engine';

/**
 * The editor's whole publication, with every real part: the admin in Chromium, Strapi, its
 * webhook, and the publish service as `npm start` runs it (the static build first, then the fast
 * renderer for each publication, the static server). A new article goes online, the editor follows
 * the link from its edit view to the page; unpublished, the page goes (404).
 * public-state.test.ts covers each state the panel shows, with a stub for the build.
 */
describe('publishing a new article, then unpublishing it, with the real publish service', () => {
  let cms: StrapiServer;
  let service: PublishService;
  let browser: Browser;
  const work = mkdtempSync(path.join(os.tmpdir(), 'bluehats-mise-en-ligne-'));
  let siteUrl = '';
  const article = { title: 'Une chronique publiée de bout en bout', slug: 'chronique-de-bout-en-bout', documentId: '' };
  /** Another article's page, which a publication keeps from the previous output (a link to the same file) rather than building it again. */
  const keptPage = (): string => path.join(service.folders.current() ?? '', 'articles', 'un-article-quelconque', 'index.html');

  beforeAll(async () => {
    buildCmsWithAdmin();
    const secret = 'mise-en-ligne-secret';
    const [webhookPort, sitePort] = [await freePort(), await freePort()];
    siteUrl = `http://127.0.0.1:${sitePort}`;
    cms = await startStrapi({
      serveAdmin: true,
      timeoutMs: 300_000,
      env: {
        REBUILD_WEBHOOK_URL: `http://127.0.0.1:${webhookPort}/webhook`,
        REBUILD_WEBHOOK_SECRET: secret,
        REBUILD_STATUS_URL: `http://127.0.0.1:${webhookPort}/status`,
        SITE_URL: siteUrl,
      },
    });
    const writer = await createApiToken(cms, 'full-access');
    const paragraph = (text: string) => [{ __component: 'blocks.rich-text', content: [{ type: 'paragraph', children: [{ type: 'text', text }] }] }];
    await restWrite(cms, writer, 'POST', '/api/articles?status=published', {
      title: 'Un article quelconque',
      slug: 'un-article-quelconque',
      description: 'Un article déjà en ligne.',
      date: '2019-01-10',
      body: paragraph('Déjà là.'),
    });
    // The renderer records what each sync saw change next to the content cache (engine/content/build-changes.ts):
    // this file's own, not the checkout's default, which another file's renderer may be writing at the same moment.
    process.env.ASTRO_CACHE_DIR = path.join(work, 'astro-cache');
    service = await startPublishService({
      webDir,
      strapiUrl: cms.url,
      strapiToken: cms.readToken,
      siteUrl,
      sitesDir: path.join(work, 'sites'),
      workDir: work,
      sitePort,
      webhookPort,
      webhookSecret: secret,
      log: () => undefined,
    });
    await service.rendererReady;
    article.documentId = String(
      (
        await restWrite(cms, writer, 'POST', '/api/articles?status=draft', {
          title: article.title,
          slug: article.slug,
          description: 'Un article écrit pour suivre une publication jusqu’au site.',
          date: '2026-06-01',
          body: paragraph('Bonjour, lecteurs.'),
        })
      ).documentId,
    );
    browser = await launchChromium(chromium);
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await service?.close();
    await cms?.destroy();
    rmSync(work, { recursive: true, force: true });
  });

  const panel = (tab: Page) => tab.locator('[data-public-state]');
  const pageUrl = (): string => `${siteUrl}/articles/${article.slug}/`;

  it('publishes: « En ligne » appears in the edit view with a link, which opens the new page, rendered by the fast path', async () => {
    const tab = await browser.newPage();
    await logInToAdmin(tab, cms, cms.admin);
    await tab.goto(`${cms.url}/admin/content-manager/collection-types/api::article.article/${article.documentId}`);
    await expect.poll(() => panel(tab).innerText(), { timeout: 30_000 }).toContain('Pas en ligne');
    expect((await fetch(pageUrl())).status).toBe(404);
    expect(statSync(keptPage()).nlink).toBe(1);

    const publish = tab.getByRole('button', { name: 'Publier', exact: true });
    await expect.poll(() => publish.isEnabled(), { timeout: 60_000 }).toBe(true);
    await publish.click();
    await expect.poll(() => panel(tab).innerText(), { timeout: 120_000, interval: 200 }).toMatch(/En ligne depuis \d{1,2} h \d{2}/);
    // Not a static build: the renderer took the new entry, and kept the other pages (hard links to the previous output's files).
    expect(statSync(keptPage()).nlink).toBeGreaterThan(1);

    const link = panel(tab).getByRole('link', { name: 'Voir la page' });
    expect(await link.getAttribute('href')).toBe(pageUrl());
    const [page] = await Promise.all([tab.context().waitForEvent('page'), link.click()]);
    await page.waitForLoadState();
    expect(await page.getByRole('heading', { level: 1, name: 'Une chronique publiée de bout en bout' }).count()).toBe(1);
    // The list of articles shows it too.
    await page.goto(`${siteUrl}/articles/`);
    expect(await page.getByRole('link', { name: /Une chronique publiée de bout en bout/ }).count()).toBeGreaterThan(0);
    await page.close();
    await tab.close();
  }, 300_000);

  it('unpublishes: the panel says the page left the site, and the page answers 404', async () => {
    const tab = await browser.newPage();
    await logInToAdmin(tab, cms, cms.admin);
    await tab.goto(`${cms.url}/admin/content-manager/collection-types/api::article.article/${article.documentId}`);
    await expect.poll(() => panel(tab).innerText(), { timeout: 60_000 }).toContain('En ligne depuis');
    await tab.getByRole('button', { name: 'Plus d\'actions sur les documents' }).click();
    await tab.getByRole('menuitem', { name: 'Dépublier', exact: true }).click();
    await tab.getByRole('alertdialog').getByRole('button', { name: 'Dépublier' }).click();
    await expect.poll(() => panel(tab).innerText(), { timeout: 120_000, interval: 200 }).toMatch(/Retirée du site depuis \d{1,2} h \d{2}/);
    expect((await fetch(pageUrl())).status).toBe(404);
    const page = await browser.newPage();
    const response = await page.goto(pageUrl());
    expect(response?.status()).toBe(404);
    await page.goto(`${siteUrl}/articles/`);
    expect(await page.getByRole('link', { name: /Une chronique publiée de bout en bout/ }).count()).toBe(0);
    await page.close();
    await tab.close();
  }, 300_000);
});
