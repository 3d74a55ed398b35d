import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCmsWithAdmin, contentManager, launchChromium, repoRoot, startStrapi, type StrapiServer } from '@bluehats/testkit';
import { frenchByPart } from '../src/admin/translations';

const articleUid = 'api::article.article';
const editor = { email: 'publication@bluehats.test', password: 'Test-Publication-2026' };

// Interface words Strapi 5.54 left in English on the editors' screens (issue 20), and the names of
// what editors must not see (Marketplace, the users-permissions "User" collection, cloud banners).
// Matched as whole words, case-insensitively: CSS capitals ("PREVIEW") count too.
const englishWords = [
  'Search',
  'characters',
  'Open preview',
  'Preview',
  'Save',
  'Publish',
  'Unpublish',
  'Draft',
  'Published',
  'Modified',
  'Introducing',
  'Read blog post',
  'Media Library',
  'Marketplace',
  'User',
  'Strapi Cloud',
  'Filters',
  'Settings',
  'Upload',
  'Create new entry',
  'Learn more',
  'Log in',
  'Password',
  'Forgot',
  'Profile',
  'Last update',
  'English',
];
const englishPattern = new RegExp(`\\b(${englishWords.join('|')})\\b`, 'gi');

/** What a sighted editor reads: the rendered text (after CSS capitals) and the placeholders of empty fields. */
const visibleText = async (tab: Page): Promise<string> =>
  tab.evaluate(() => {
    const placeholders = [...document.querySelectorAll<HTMLInputElement>('input[placeholder], textarea[placeholder]')].map((input) => input.placeholder);
    return [document.body.innerText, ...placeholders].join('\n');
  });

const englishIn = (text: string): string[] => [...new Set([...text.matchAll(englishPattern)].map((match) => match[0]))];

// Where each part of the admin keeps the English it falls back to.
const englishOf = async (part: string): Promise<Record<string, string>> => {
  const dir = part ? `@strapi/${part}/dist/admin/translations` : '@strapi/admin/dist/admin/admin/src/translations';
  const file = pathToFileURL(path.join(repoRoot, 'node_modules', dir, 'en.json.mjs')).href;
  return ((await import(file)) as { default: Record<string, string> }).default;
};
// ICU arguments ({count}, {count, plural, …}), not the words of a branch (one {entry}).
const argument = /(?<!(?:zero|one|two|few|many|other|=\d+|true|false|undefined)\s*)\{(\w+)\s*[,}]/g;
const argumentsOf = (message: string): string[] => [...new Set([...message.matchAll(argument)].map((match) => match[1] ?? ''))].sort();

// A few strings are only in the code (a default message, no entry in en.json): the built admin code of the parts we translate.
const adminCode = (): string =>
  ['admin', 'content-manager', 'upload', 'i18n']
    .map((part) => path.join(repoRoot, 'node_modules/@strapi', part, 'dist/admin'))
    .flatMap((dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.mjs')).map((file) => path.join(dir, file)))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');

describe('our French strings of the admin', () => {
  it('each replaces a string Strapi has, with the same placeholders', async () => {
    const problems: string[] = [];
    const code = adminCode();
    for (const [part, strings] of Object.entries(frenchByPart)) {
      const english = await englishOf(part);
      for (const [key, text] of Object.entries(strings)) {
        const original = english[key];
        if (original === undefined) {
          if (!code.includes(key)) problems.push(`${part} ${key} : clé inconnue de Strapi`);
        } else if (argumentsOf(original).join() !== argumentsOf(text).join()) problems.push(`${part}.${key} : ${argumentsOf(text).join()} au lieu de ${argumentsOf(original).join()}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

/**
 * An editor with the Publication role, in a French browser, goes through the screens of a working
 * day in the real admin: nothing of the interface is left in English, and nothing they do not use
 * (Marketplace, the "User" collection, Strapi's announcements) is shown.
 */
describe('the admin speaks French to editors (Chromium)', () => {
  let cms: StrapiServer;
  let browser: Browser;
  let tab: Page;
  let documentId = '';
  const seen = new Map<string, string[]>();

  const visit = async (name: string, path: string, ready: () => Promise<unknown>): Promise<void> => {
    await tab.goto(`${cms.url}${path}`);
    await ready();
    await tab.waitForLoadState('networkidle');
    seen.set(name, englishIn(await visibleText(tab)));
  };

  beforeAll(async () => {
    buildCmsWithAdmin();
    cms = await startStrapi({
      serveAdmin: true,
      timeoutMs: 300_000,
      env: { DEMO_PUBLICATION_EMAIL: editor.email, DEMO_PUBLICATION_PASSWORD: editor.password, PREVIEW_SECRET: 'secret-apercu-test' },
    });
    const [article] = await (await contentManager(cms)).list(articleUid, 'status=published');
    documentId = String(article?.documentId);
    browser = await launchChromium(chromium);
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1400, height: 1000 } });
    tab = await context.newPage();
    await visit('connexion', '/admin/auth/login', () => tab.waitForSelector('input[name="email"]'));
    await tab.fill('input[name="email"]', editor.email);
    await tab.fill('input[name="password"]', editor.password);
    await tab.click('button[type="submit"]');
    await tab.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 120_000 });
    const main = (): Promise<unknown> => tab.waitForSelector('main h1', { timeout: 120_000 });
    await visit('accueil', '/admin', main);
    await visit('liste des articles', `/admin/content-manager/collection-types/${articleUid}`, () => tab.waitForSelector('table tbody tr', { timeout: 120_000 }));
    await visit('modification d’un article', `/admin/content-manager/collection-types/${articleUid}/${documentId}`, () =>
      tab.waitForSelector('textarea[name="description"]', { timeout: 120_000 }),
    );
    await visit('aperçu', `/admin/content-manager/collection-types/${articleUid}/${documentId}/preview`, () => tab.waitForSelector('iframe', { timeout: 120_000 }));
    await visit('médiathèque', '/admin/plugins/upload', main);
    await visit('profil', '/admin/me', main);
  }, 1_200_000);
  afterAll(async () => {
    await browser?.close();
    await cms?.destroy();
  });

  it('shows no English interface word on the login, home, list, edit, preview, media library and profile screens', () => {
    expect([...seen.keys()]).toHaveLength(7);
    expect(Object.fromEntries([...seen].filter(([, words]) => words.length > 0))).toEqual({});
  });

  it('lists neither the Marketplace nor the "User" collection in the menus', async () => {
    await tab.goto(`${cms.url}/admin/content-manager`);
    await tab.waitForSelector('nav', { timeout: 120_000 });
    await tab.waitForLoadState('networkidle');
    const links = await tab.$$eval('nav a', (anchors) => anchors.map((a) => `${a.textContent ?? ''} ${a.getAttribute('href') ?? ''}`));
    expect(links.filter((link) => /market\.strapi|marketplace|users-permissions\.user/i.test(link))).toEqual([]);
  });
});
