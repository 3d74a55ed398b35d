import { rmSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildCmsWithAdmin,
  buildSite,
  contentManager,
  launchChromium,
  readPage,
  startStrapi,
  type StrapiServer,
} from '@bluehats/testkit';

const articleUid = 'api::article.article';
const demoTitle = 'Atelier BlueHats : réussir sa première contribution à un logiciel libre';
const demoSlug = 'atelier-premiere-contribution-logiciel-libre';

/**
 * The editors' most common task, in the real admin: correct a published article that holds a
 * video block and a library-quote block, save, publish, and find the correction on the rebuilt
 * site; then empty the video block and be told, in French, why it cannot be saved.
 */
describe('correcting a published article in the admin (Chromium)', () => {
  let cms: StrapiServer;
  let browser: Browser;
  let tab: Page;
  let documentId: string;
  const editUrl = (): string => `${cms.url}/admin/content-manager/collection-types/${articleUid}/${documentId}`;

  /** Clicks a button of the edit view and returns the status of the content-manager request it sends. */
  const statusOf = async (button: string, method: 'PUT' | 'POST'): Promise<number> => {
    const [response] = await Promise.all([
      tab.waitForResponse((r) => r.url().includes(`/content-manager/collection-types/${articleUid}/${documentId}`) && r.request().method() === method),
      tab.getByRole('button', { name: button, exact: true }).click(),
    ]);
    return response.status();
  };

  beforeAll(async () => {
    buildCmsWithAdmin();
    cms = await startStrapi({ serveAdmin: true });
    const [article] = await (await contentManager(cms)).list(articleUid, `filters[title][$eq]=${encodeURIComponent(demoTitle)}`);
    documentId = String(article?.documentId);
    browser = await launchChromium(chromium);
    tab = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await tab.goto(`${cms.url}/admin/auth/login`);
    await tab.fill('input[name="email"]', cms.admin.email);
    await tab.fill('input[name="password"]', cms.admin.password);
    await tab.click('button[type="submit"]');
    await tab.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 60_000 });
  }, 900_000);
  afterAll(async () => {
    await browser?.close();
    await cms?.destroy();
  });

  it('saves and publishes a new summary, which the rebuilt site shows with the video and the quote', async () => {
    await tab.goto(editUrl());
    const summary = `Résumé corrigé dans l’administration le ${new Date().toISOString()} : la relecture en trois étapes.`;
    await tab.fill('textarea[name="description"]', summary);
    expect(await statusOf('Enregistrer', 'PUT')).toBe(200);
    expect(await statusOf('Publier', 'POST')).toBe(200);

    const site = await buildSite({ strapiUrl: cms.url, token: cms.readToken });
    try {
      expect(site.code, site.output.split('\n').filter((line) => /error|erreur|échec/i.test(line)).join('\n') || site.output.slice(-2000)).toBe(0);
      const page = parse(readPage(site.outDir, `/articles/${demoSlug}/`));
      expect(page.querySelector('.fr-text--lead')?.text.trim()).toBe(summary);
      expect(page.querySelector('figure.fr-quote blockquote')).not.toBeNull();
      expect(page.querySelector('figure.fr-content-media iframe')?.getAttribute('title')).toBeTruthy();
    } finally {
      rmSync(site.outDir, { recursive: true, force: true });
    }
  });

  it('refuses to save the article once its video is removed from the block, in French, and keeps the stored video', async () => {
    await tab.goto(editUrl());
    await tab.getByRole('button', { name: 'Vidéo', exact: true }).click();
    // The related video is listed under the relation's combobox, with its own « Supprimer » button.
    const relation = tab.locator('input[name$=".video"]').locator('xpath=ancestor::div[.//ol][1]');
    await relation.locator('ol').getByRole('button', { name: 'Supprimer' }).click();
    await expect.poll(() => relation.locator('ol li').count()).toBe(0);
    expect(await statusOf('Enregistrer', 'PUT')).toBe(400);
    await expect.poll(() => tab.getByText('Choisissez la vidéo à afficher.').count()).toBeGreaterThan(0);

    const stored = await (await contentManager(cms)).read(articleUid, documentId);
    const block = (stored.body as Array<Record<string, unknown>>).find((b) => b.__component === 'blocks.video');
    expect(block?.video).toEqual({ count: 1 });
  });
});
