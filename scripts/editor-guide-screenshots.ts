/**
 * `npm run screenshots:guide`: photographs the admin for the editors' guide (docs/guide-redaction.md)
 * into docs/images/, in Debian's Chromium. Run it while `npm start` serves everything: it logs in
 * with ADMIN_EMAIL / ADMIN_PASSWORD from apps/cms/.env (or the environment) and only reads, except for
 * one refused form and one draft article it marks « À relire » (the review step needs a request to
 * show). It records the hash of each image and of the admin's sources in docs/images/guide-screenshots.json,
 * which scripts/test/guide-screenshots.test.ts checks.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { launchChromium } from '@bluehats/testkit';
import { parseEnv } from './ensure-env.js';
import { imageHash, recordFile, sourcesHash, type ScreenshotRecord } from './lib/guide-screenshots.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const envFile = path.join(root, 'apps/cms/.env');
const env = existsSync(envFile) ? parseEnv(readFileSync(envFile, 'utf8')) : new Map<string, string>();
const cms = (process.env.CMS_URL ?? `http://127.0.0.1:${env.get('PORT') ?? '1337'}`).replace(/\/$/, '');
const out = path.join(root, 'docs/images');
const manager = `${cms}/admin/content-manager/collection-types`;

const taken: string[] = [];

const shoot = async (tab: Page, name: string): Promise<void> => {
  await tab.waitForTimeout(800);
  const file = path.join(out, `${name}.png`);
  await tab.screenshot({ path: file });
  taken.push(`${name}.png`);
  console.log(file);
};

const main = async (): Promise<void> => {
  mkdirSync(out, { recursive: true });
  const browser = await launchChromium(chromium);
  try {
    const tab = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    await tab.goto(`${cms}/admin/auth/login`);
    await tab.fill('input[name="email"]', process.env.ADMIN_EMAIL ?? env.get('ADMIN_EMAIL') ?? '');
    await tab.fill('input[name="password"]', process.env.ADMIN_PASSWORD ?? env.get('ADMIN_PASSWORD') ?? '');
    await tab.click('button[type="submit"]');
    await tab.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 60_000 });
    // The admin announces its own news in a banner: close it so the pages show what editors use.
    await tab.getByRole('button', { name: 'Close the banner.' }).click().catch(() => undefined);

    await tab.goto(`${manager}/api::article.article`);
    await tab.getByRole('row').nth(1).waitFor();
    await shoot(tab, 'articles-liste');

    // A published article's side panels: its published versions, and the check of its external links.
    await tab.getByRole('row').filter({ hasText: 'Publié' }).first().click();
    await tab.getByText('Versions publiées', { exact: true }).waitFor({ timeout: 30_000 });
    await tab.getByText('Versions publiées', { exact: true }).scrollIntoViewIfNeeded();
    await shoot(tab, 'versions-publiees');
    await tab.getByRole('button', { name: 'Vérifier les liens' }).scrollIntoViewIfNeeded();
    await shoot(tab, 'liens-externes');

    await tab.goto(`${manager}/api::article.article/create`);
    // The address follows the title as it is typed (apps/cms/src/admin/slug-from-title.tsx).
    await tab.locator('input[name="title"]').pressSequentially('Retour sur l’atelier de contribution', { delay: 10 });
    await tab.waitForFunction(() => document.querySelector<HTMLInputElement>('input[name="slug"]')?.value.startsWith('retour-sur'), undefined, { timeout: 30_000 });
    await tab.fill('textarea[name="description"]', 'Ce que nous avons appris en une après-midi de contributions à des logiciels libres.');
    await shoot(tab, 'article-nouveau');

    await tab.getByRole('button', { name: 'Ajouter un composant à Contenu' }).click();
    await tab.getByRole('button', { name: 'Citation', exact: true }).scrollIntoViewIfNeeded();
    await shoot(tab, 'article-choix-du-bloc');
    await tab.getByRole('button', { name: 'Citation', exact: true }).click();
    await tab.click('input[name="body.0.quote"]');
    await tab.getByRole('option').first().click();
    await tab.getByRole('button', { name: 'Ajouter un composant à Contenu' }).click();
    await tab.getByRole('button', { name: 'Vidéo', exact: true }).click();
    await tab.click('input[name="body.1.video"]');
    await tab.getByRole('option').first().click();
    await tab.locator('input[name="body.1.video"]').scrollIntoViewIfNeeded();
    await shoot(tab, 'article-citation-et-video');

    await tab.goto(`${manager}/api::video.video/create`);
    await tab.fill('input[name="title"]', 'Une vidéo d’essai');
    await tab.fill('input[name="embedUrl"]', 'https://www.example.com/video/123');
    await tab.getByRole('button', { name: 'Enregistrer' }).click();
    await shoot(tab, 'video-adresse-refusee');

    // Unpublishing, beside « Publier » (a published article: the menu then offers « Dépublier »).
    await tab.goto(`${manager}/api::article.article`);
    await tab.getByRole('row').filter({ hasText: 'Publié' }).first().click();
    await tab.waitForURL(/article\.article\/[a-z0-9]+/);
    await tab.getByRole('button', { name: /^Plus d.actions sur les documents$/ }).click();
    await tab.getByRole('menuitem', { name: 'Dépublier', exact: true }).waitFor();
    await shoot(tab, 'depublier');
    // « Archiver » from the same menu (issue 33): its dialog with a reason typed, closed without confirming.
    await tab.getByRole('menuitem', { name: 'Archiver', exact: true }).click();
    const archiving = tab.getByRole('dialog', { name: 'Archiver cette page' });
    await archiving.getByRole('textbox', { name: /Motif de l’archivage/ }).fill('ce plan a été remplacé par la feuille de route de 2021');
    await shoot(tab, 'archiver');
    await archiving.getByRole('button', { name: 'Annuler' }).click();

    await tab.goto(`${manager}/api::project-call.project-call`);
    await tab.getByRole('row').nth(1).click();
    await tab.waitForURL(/project-call\.project-call\/[a-z0-9]+/);
    await tab.getByText(/^Ouverture des candidatures/).first().scrollIntoViewIfNeeded();
    await shoot(tab, 'appel-a-projets-dates');

    // The lifecycle fields (issue 33): a correction's note on the demo article that has one, the archive on the demo's archived page.
    await tab.goto(`${manager}/api::article.article`);
    await tab.getByRole('row').filter({ hasText: 'BlueHats Semester of Code 2025' }).first().click();
    await tab.waitForURL(/article\.article\/[a-z0-9]+/);
    await tab.getByText('Note de mise à jour', { exact: true }).first().scrollIntoViewIfNeeded();
    await shoot(tab, 'note-de-mise-a-jour');
    await tab.goto(`${manager}/api::page.page`);
    await tab.getByRole('row').filter({ hasText: 'Plan d’action logiciels libres' }).first().click();
    await tab.waitForURL(/page\.page\/[a-z0-9]+/);
    await tab.getByText('Motif de l’archivage', { exact: true }).first().scrollIntoViewIfNeeded();
    await shoot(tab, 'page-archivee');

    await tab.goto(`${manager}/api::article.article`);
    await tab.getByRole('row').filter({ hasText: 'Brouillon' }).first().click();
    await tab.waitForURL(/article\.article\/[a-z0-9]+/);
    const draftUrl = tab.url();
    // The edit view's side panel, as a Publication account sees it.
    await tab.getByText('Créer un lien de partage').waitFor({ timeout: 30_000 });
    await tab.getByText('Partager l’aperçu').scrollIntoViewIfNeeded();
    await shoot(tab, 'partage-apercu');
    await tab.getByRole('link', { name: /preview|aperçu/i }).first().click();
    await tab.frameLocator('iframe').locator('article h1').waitFor({ timeout: 30_000 });
    await shoot(tab, 'apercu-brouillon');

    // The one write of this script: the draft asks for a review, so that the list and the home page show a request.
    await tab.goto(draftUrl);
    const review = tab.getByRole('combobox', { name: 'Relecture' });
    await review.waitFor({ timeout: 30_000 });
    if (!(await review.textContent())?.includes('À relire')) {
      await review.click();
      await tab.getByRole('option', { name: 'À relire' }).click();
      await tab.getByRole('button', { name: 'Enregistrer', exact: true }).click();
      await tab.getByText(/Enregistré|Sauvegardé/).first().waitFor({ timeout: 30_000 }).catch(() => undefined);
    }
    await tab.goto(`${manager}/api::article.article`);
    await tab.getByRole('row').nth(1).waitFor();
    await shoot(tab, 'relecture-liste');

    await tab.goto(`${cms}/admin`);
    await tab.getByText('À relire et à publier').waitFor({ timeout: 30_000 });
    await tab.getByText('À compléter', { exact: true }).first().waitFor({ timeout: 30_000 });
    await tab.waitForLoadState('networkidle');
    await shoot(tab, 'accueil-relecture');
    // The admin scrolls inside its own container, not the page: bring the block into view.
    await tab.getByText('À compléter', { exact: true }).first().scrollIntoViewIfNeeded();
    await shoot(tab, 'accueil-a-completer');
  } finally {
    await browser.close();
  }
  const previous: ScreenshotRecord = existsSync(path.join(root, recordFile))
    ? (JSON.parse(readFileSync(path.join(root, recordFile), 'utf8')) as ScreenshotRecord)
    : { sources: '', images: {} };
  const images = { ...previous.images, ...Object.fromEntries(taken.map((name) => [name, imageHash(root, name)])) };
  const record: ScreenshotRecord = { sources: sourcesHash(root), images };
  writeFileSync(path.join(root, recordFile), `${JSON.stringify(record, null, 2)}\n`);
  console.log(path.join(root, recordFile));
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
