import { mkdtempSync, rmSync } from 'node:fs';
import type http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRebuilder, outputFolders, serveStatic, startWebhookServer, type Rebuilder } from '@bluehats/rebuild-service';
import { buildCmsWithAdmin, buildSite, createApiToken, freePort, launchChromium, logInToAdmin, restWrite, startStrapi, type StrapiServer } from '@bluehats/testkit';
import { createSiteBuilder } from '../../web/src/build/fast/site-builder';

/**
 * The editor's whole publication, with every real part: the admin in Chromium, Strapi, its
 * webhook, the rebuild service, the site builder as `npm start` wires it (the static build first,
 * then the fast renderer for each publication) and the static server. A new article goes online,
 * the editor follows the link from its edit view to the page; unpublished, the page goes (404).
 * public-state.test.ts covers each state the panel shows, with a stub for the build.
 */
describe('publishing a new article, then unpublishing it, with the real site build', () => {
  let cms: StrapiServer;
  let rebuilder: Rebuilder;
  let browser: Browser;
  let work: string;
  let site: ReturnType<typeof createSiteBuilder>;
  const servers: http.Server[] = [];
  const builds: string[] = [];
  let siteUrl = '';
  const article = { title: 'Une chronique publiée de bout en bout', slug: 'chronique-de-bout-en-bout', documentId: '' };

  beforeAll(async () => {
    buildCmsWithAdmin();
    work = mkdtempSync(path.join(os.tmpdir(), 'bluehats-mise-en-ligne-'));
    const folders = outputFolders(path.join(work, 'sites'));
    const secret = 'mise-en-ligne-secret';
    const rebuildPort = await freePort();
    const sitePort = await freePort();
    siteUrl = `http://127.0.0.1:${sitePort}`;
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
    // The renderer runs in this process and reads the CMS's address and token from its environment, as in npm start.
    Object.assign(process.env, { STRAPI_URL: cms.url, STRAPI_TOKEN: cms.readToken, SITE_URL: siteUrl });
    const cache = path.join(work, 'astro-cache');
    const rendererDir = path.join(work, 'renderer');
    const mustBuild = async (options: Parameters<typeof buildSite>[0]): Promise<void> => {
      const result = await buildSite(options);
      if (result.code !== 0) throw new Error(`Construction en échec :\n${result.output.slice(-3000)}`);
    };
    site = createSiteBuilder({
      rendererDir,
      storeFile: path.join(cache, 'data-store.json'),
      fullBuild: async (outDir) => {
        builds.push('complète');
        await mustBuild({ strapiUrl: cms.url, token: cms.readToken, siteUrl, outDir, env: { ASTRO_CACHE_DIR: cache } });
      },
      buildRenderer: () =>
        mustBuild({
          strapiUrl: cms.url,
          token: cms.readToken,
          siteUrl,
          outDir: path.join(work, 'renderer-client'),
          config: 'astro.renderer.config.mjs',
          env: { CONTENT_SOURCE: 'none', RENDERER_OUT_DIR: rendererDir, ASTRO_CACHE_DIR: path.join(work, 'renderer-cache') },
        }),
      log: (message) => builds.push(message),
    });
    rebuilder = createRebuilder({
      folders,
      log: () => undefined,
      build: async (dir) => {
        const { reindex } = await site.build(dir, folders.current());
        return reindex && { what: 'index de recherche', run: async () => void (await reindex()) };
      },
    });
    servers.push(await startWebhookServer(rebuilder, { port: rebuildPort, secret }));
    servers.push(await serveStatic(() => folders.current() ?? work, sitePort));
    await rebuilder.buildNow('démarrage');
    const writer = await createApiToken(cms, 'full-access');
    article.documentId = String(
      (
        await restWrite(cms, writer, 'POST', '/api/articles?status=draft', {
          title: article.title,
          slug: article.slug,
          description: 'Un article écrit pour suivre une publication jusqu’au site.',
          date: '2026-06-01',
          body: [{ __component: 'blocks.rich-text', content: [{ type: 'paragraph', children: [{ type: 'text', text: 'Bonjour, lecteurs.' }] }] }],
        })
      ).documentId,
    );
    browser = await launchChromium(chromium);
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await cms?.destroy();
    for (const server of servers) await new Promise((resolve) => server.close(resolve));
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const panel = (tab: Page) => tab.locator('[data-public-state]');
  const pageUrl = (): string => `${siteUrl}/articles/${article.slug}/`;

  it('publishes: « En ligne » appears in the edit view with a link, which opens the new page, rendered by the fast path', async () => {
    const tab = await browser.newPage();
    await logInToAdmin(tab, cms, cms.admin);
    await tab.goto(`${cms.url}/admin/content-manager/collection-types/api::article.article/${article.documentId}`);
    await expect.poll(() => panel(tab).innerText(), { timeout: 30_000 }).toContain('Pas en ligne');
    expect((await fetch(pageUrl())).status).toBe(404);
    builds.length = 0;

    const publish = tab.getByRole('button', { name: 'Publier', exact: true });
    await expect.poll(() => publish.isEnabled(), { timeout: 60_000 }).toBe(true);
    await publish.click();
    await expect.poll(() => panel(tab).innerText(), { timeout: 120_000, interval: 200 }).toMatch(/En ligne depuis \d{1,2} h \d{2}/);
    // No static build: the renderer took the new entry.
    expect(builds.filter((line) => line === 'complète' || line.startsWith('construction complète'))).toEqual([]);

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
    await tab.getByRole('menuitem', { name: 'Dépublier' }).click();
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
