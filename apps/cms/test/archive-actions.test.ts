import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildCmsWithAdmin,
  createApiToken,
  launchChromium,
  logInToAdmin,
  restWrite,
  startStrapi,
  testEditors,
  testEditorsEnv,
  type Account,
  type StrapiServer,
} from '@bluehats/testkit';

type Json = Record<string, unknown>;
const articleUid = 'api::article.article';
const reason = 'ce plan a été remplacé par la feuille de route de 2027';

/**
 * « Archiver » and « Désarchiver » in the edit view (src/admin/archive-actions.tsx): a Publication
 * account archives a published article with a reason in one dialog, and the version the site's
 * build reads is archived; Rédaction does not get the actions; unarchiving puts it back.
 */
describe('the « Archiver » and « Désarchiver » actions of the edit view', () => {
  let cms: StrapiServer;
  let browser: Browser;
  let documentId = '';
  const tabs = new Map<string, Page>();

  const tabOf = async (account: Account): Promise<Page> => {
    const known = tabs.get(account.email);
    if (known) return known;
    const tab = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await logInToAdmin(tab, cms, account);
    tabs.set(account.email, tab);
    return tab;
  };
  /** The article as the site's build reads it: its published version, through the read-only token. */
  const online = async (): Promise<Json> => {
    const response = await fetch(`${cms.url}/api/articles/${documentId}`, { headers: { authorization: `Bearer ${cms.readToken}` } });
    expect(response.status).toBe(200);
    return ((await response.json()) as { data: Json }).data;
  };
  const more = (tab: Page) => tab.getByRole('button', { name: /^Plus d.actions sur les documents$/ });
  /** Opens the entry and the ⋯ menu of its actions, when it has one; returns the menu's entries. */
  const menuOf = async (account: Account): Promise<{ tab: Page; items: (name: string | RegExp) => Promise<number> }> => {
    const tab = await tabOf(account);
    await tab.goto(`${cms.url}/admin/content-manager/collection-types/${articleUid}/${documentId}`);
    await tab.getByRole('textbox', { name: /^Titre/ }).waitFor({ timeout: 60_000 });
    await tab.getByRole('button', { name: /^Publi/ }).first().waitFor({ timeout: 30_000 });
    // Strapi greys the menu when none of its entries may be used (Rédaction): an « Archiver » would be usable.
    if ((await more(tab).count()) > 0 && (await more(tab).isEnabled())) {
      await more(tab).click();
      await tab.getByRole('menuitem').first().waitFor({ timeout: 15_000 });
    }
    // In the menu or as a button of the panel.
    return { tab, items: async (name) => (await tab.getByRole('menuitem', { name }).count()) + (await tab.getByRole('button', { name }).count()) };
  };

  beforeAll(async () => {
    buildCmsWithAdmin();
    cms = await startStrapi({ serveAdmin: true, timeoutMs: 300_000, env: testEditorsEnv() });
    browser = await launchChromium(chromium);
    const writer = await createApiToken(cms, 'full-access');
    const body = [{ __component: 'blocks.rich-text', content: [{ type: 'paragraph', children: [{ type: 'text', text: 'Le plan d’action tel qu’il a été publié.' }] }] }];
    documentId = String(
      (await restWrite(cms, writer, 'POST', '/api/articles?status=published', { title: 'Le plan d’action 2025', slug: 'plan-action-2025', description: 'Un plan qui sera archivé depuis l’administration.', date: '2026-11-02', body }))
        .documentId,
    );
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await cms?.destroy();
  });

  it('offers neither action to Rédaction', async () => {
    const { tab, items } = await menuOf(testEditors.redaction);
    expect(await items(/^(Dés)?archiver$/i)).toBe(0);
    await tab.keyboard.press('Escape');
  }, 180_000);

  it('archives with a required reason, as Publication, in the published version', async () => {
    const before = await online();
    expect(before.archived).toBe(false);
    const { tab, items } = await menuOf(testEditors.publication);
    expect(await items('Désarchiver')).toBe(0);
    await tab.getByRole('menuitem', { name: 'Archiver', exact: true }).click();
    const dialog = tab.getByRole('dialog', { name: 'Archiver cette page' });
    const confirm = dialog.getByRole('button', { name: 'Archiver la page' });
    const field = dialog.getByRole('textbox', { name: /Motif de l’archivage/ });
    await field.waitFor({ timeout: 15_000 });
    expect(await dialog.getByText(/liront les visiteurs dans le bandeau/).count()).toBe(1);
    // No reason, or only spaces: nothing to confirm, and the field says why once left.
    expect(await confirm.isDisabled()).toBe(true);
    await field.fill('   ');
    await field.blur();
    expect(await confirm.isDisabled()).toBe(true);
    expect(await dialog.getByText('Indiquez le motif de l’archivage.').count()).toBe(1);
    await field.fill(reason);
    await confirm.click();
    await expect.poll(async () => (await online()).archiveReason, { timeout: 30_000 }).toBe(reason);
    const after = await online();
    expect(after).toMatchObject({ archived: true, archiveReason: reason, title: 'Le plan d’action 2025' });
    // Archiving is not a correction: « Dernière mise à jour » has not moved.
    expect(after.revisedAt).toBe(before.revisedAt);
    // The view reloaded the document: the menu now offers the way back.
    await expect.poll(() => tab.getByRole('dialog', { name: 'Archiver cette page' }).count(), { timeout: 15_000 }).toBe(0);
    await more(tab).click();
    await expect.poll(() => tab.getByRole('menuitem', { name: 'Désarchiver' }).count(), { timeout: 15_000 }).toBe(1);
    expect(await tab.getByRole('menuitem', { name: 'Archiver', exact: true }).count()).toBe(0);
    await tab.keyboard.press('Escape');
  }, 180_000);

  it('still offers nothing to Rédaction on the archived article', async () => {
    const { tab, items } = await menuOf(testEditors.redaction);
    expect(await items(/^(Dés)?archiver$/i)).toBe(0);
    await tab.keyboard.press('Escape');
  }, 180_000);

  it('unarchives after a confirmation, as Publication', async () => {
    const { tab } = await menuOf(testEditors.publication);
    await tab.getByRole('menuitem', { name: 'Désarchiver' }).click();
    const dialog = tab.getByRole('alertdialog');
    await expect.poll(() => dialog.getByText('Désarchiver cette page ?').count(), { timeout: 15_000 }).toBe(1);
    await dialog.getByRole('button', { name: 'Désarchiver' }).click();
    await expect.poll(async () => (await online()).archived, { timeout: 30_000 }).toBe(false);
    expect((await online()).archiveReason).toBeNull();
  }, 180_000);
});
