import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypeNames, contentTypes } from '@bluehats/content-types';
import {
  adminJwt,
  buildCmsWithAdmin,
  launchChromium,
  logInToAdmin,
  repoRoot,
  startStrapi,
  testEditors,
  testEditorsEnv,
  type Account,
  type StrapiServer,
} from '@bluehats/testkit';
import { frenchByPart } from '../src/admin/translations';
import { componentCategoriesFr } from '../src/admin/translations/component-categories.fr';
import { enumerationLabelsFr } from '../src/admin/translations/enumeration-labels.fr';
import { heardOn, notFrenchIn } from './admin-english';

// The package of a plugin whose id is not its package's name.
const packageOf: Record<string, string> = { 'users-permissions': 'plugin-users-permissions' };

// Where each part of the admin keeps the English it falls back to.
const englishOf = async (part: string): Promise<Record<string, string>> => {
  const dir = part ? `@strapi/${packageOf[part] ?? part}/dist/admin/translations` : '@strapi/admin/dist/admin/admin/src/translations';
  const file = pathToFileURL(path.join(repoRoot, 'node_modules', dir, 'en.json.mjs')).href;
  return ((await import(file)) as { default: Record<string, string> }).default;
};
// ICU arguments ({count}, {count, plural, …}), not the words of a branch (one {entry}).
const argument = /(?<!(?:zero|one|two|few|many|other|=\d+|true|false|undefined)\s*)\{(\w+)\s*[,}]/g;
const argumentsOf = (message: string): string[] => [...new Set([...message.matchAll(argument)].map((match) => match[1] ?? ''))].sort();

// A few strings are only in the code (a default message, no entry in en.json): the built admin code of the parts we translate.
const adminCode = (): string =>
  Object.keys(frenchByPart)
    .map((part) => path.join(repoRoot, 'node_modules/@strapi', part ? (packageOf[part] ?? part) : 'admin', 'dist/admin'))
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

  it('name every category of components in French, and only those', () => {
    const categories = readdirSync(path.join(repoRoot, 'apps/cms/src/components'), { withFileTypes: true }).filter((entry) => entry.isDirectory());
    expect(Object.keys(componentCategoriesFr).sort()).toEqual(categories.map((entry) => entry.name).sort());
  });

  it('label every value of every enumeration that is a code rather than French words', () => {
    const schemas = ['apps/cms/src/api', 'apps/cms/src/components']
      .flatMap((dir) => readdirSync(path.join(repoRoot, dir), { recursive: true, encoding: 'utf8' }).map((file) => path.join(repoRoot, dir, file)))
      .filter((file) => file.endsWith('.json') && !file.endsWith('route.json'));
    const values = schemas.flatMap((file) =>
      Object.values((JSON.parse(readFileSync(file, 'utf8')) as { attributes?: Record<string, { enum?: string[] }> }).attributes ?? {}).flatMap(
        (attribute) => attribute.enum ?? [],
      ),
    );
    // A value with a capital or a space is already what the editor reads (« À relire »).
    const codes = [...new Set(values.filter((value) => /^[a-z0-9-]+$/.test(value)))].sort();
    expect(Object.keys(enumerationLabelsFr).sort()).toEqual(codes);
  });
});


const articleUid = 'api::article.article';
const quoteUid = 'api::quote.quote';
const listPath = (uid: string, kind: string): string =>
  `/admin/content-manager/${kind === 'collectionType' ? 'collection-types' : 'single-types'}/${uid}`;
const articles = listPath(articleUid, 'collectionType');

type Step = { name: string; act: (tab: Page) => Promise<unknown> };
type Screen = { name: string; path: string; steps?: Step[] };

/** Clicks a button or a menu item found by its French name. */
const click =
  (name: RegExp, role: 'button' | 'menuitem' | 'tab' = 'button') =>
  async (tab: Page): Promise<void> =>
    tab.getByRole(role, { name }).first().click({ timeout: 30_000 });
const escape = async (tab: Page): Promise<void> => tab.keyboard.press('Escape');

/** The screens of every content type of the registry: its list and, for a collection, a new entry. */
const contentScreens = (): Screen[] =>
  contentTypeNames.flatMap((name) => {
    const { uid, kind } = contentTypes[name];
    const list = { name: `${name} : liste`, path: listPath(uid, kind) };
    return kind === 'collectionType' ? [list, { name: `${name} : nouvelle entrée`, path: `${listPath(uid, kind)}/create` }] : [list];
  });

/** The screens an editor reaches, with the menus and dialogs they open there. */
const editorScreens = (documentId: string): Screen[] => [
  { name: 'accueil', path: '/admin' },
  ...contentScreens(),
  { name: 'article existant', path: `${articles}/${documentId}`, steps: [{ name: 'menu « ⋯ »', act: click(/^Plus d.actions$/) }] },
  {
    name: 'nouvel article',
    path: `${articles}/create`,
    steps: [
      { name: 'choix du bloc', act: click(/^Ajouter un composant à Contenu$/) },
      { name: 'choix d’un média', act: async (tab) => (await escape(tab), click(/^Cliquer pour ajouter un média/)(tab)) },
    ],
  },
  { name: 'aperçu', path: `${articles}/${documentId}/preview` },
  {
    name: 'médiathèque',
    path: '/admin/plugins/upload',
    steps: [
      { name: 'nouveau dossier', act: async (tab) => (await click(/^Nouveau$/)(tab), click(/^Nouveau dossier$/, 'menuitem')(tab)) },
      { name: 'envoi depuis une adresse', act: async (tab) => (await escape(tab), await click(/^Nouveau$/)(tab), click(/^Envoyer depuis une adresse$/, 'menuitem')(tab)) },
    ],
  },
  { name: 'profil', path: '/admin/me' },
];

// The settings the administrator opens. Not Internationalisation: the locale it lists, "English (en)", is Strapi's default data.
const settingsScreens: Screen[] = [
  'application-infos',
  'webhooks',
  'api-tokens',
  'admin-tokens',
  'transfer-tokens',
  'users',
  'roles',
  'media-library',
  'email',
  'users-permissions/roles',
  'users-permissions/providers',
  'users-permissions/email-templates',
  'users-permissions/advanced-settings',
].map((page) => ({ name: `paramètres ${page}`, path: `/admin/settings/${page}` }));

/** Each type with an address filled from another field (a uid with a targetField), from the registry and its schema. */
const slugTypes = contentTypeNames.flatMap((name) => {
  const { uid, kind, singularName } = contentTypes[name];
  const schemaFile = path.join(repoRoot, 'apps/cms/src/api', singularName, 'content-types', singularName, 'schema.json');
  const { attributes } = JSON.parse(readFileSync(schemaFile, 'utf8')) as { attributes: Record<string, { type: string; targetField?: string }> };
  return Object.entries(attributes).flatMap(([field, attribute]) =>
    attribute.type === 'uid' && attribute.targetField ? [{ name, uid, kind, field, source: attribute.targetField }] : [],
  );
});

/**
 * Each role, in a French browser, goes through every screen it reaches in the real admin: the
 * content manager of each type (list, new entry, an article with its menus, the block picker, the
 * media dialog, the date pickers), the preview, the media library and its dialogs, the profile;
 * the administrator also the settings. Nothing it reads or hears (text, placeholders, accessible
 * names, the tab's title) is in English, and Strapi's French mistakes are corrected. Then the
 * editors' tools of issue 31: the address filled from the title, the quote picker, the menus and
 * the confirmation before unpublishing.
 */
describe('the admin in French, as each role (Chromium)', () => {
  let cms: StrapiServer;
  let browser: Browser;
  let jwt = '';
  let documentId = '';
  const tabs = new Map<string, Page>();

  const api = async (method: string, url: string, data?: unknown): Promise<Record<string, unknown>> => {
    const response = await fetch(`${cms.url}${url}`, {
      method,
      headers: { authorization: `Bearer ${jwt}`, 'content-type': 'application/json' },
      body: data === undefined ? undefined : JSON.stringify(data),
    });
    return (await response.json()) as Record<string, unknown>;
  };

  beforeAll(async () => {
    buildCmsWithAdmin();
    cms = await startStrapi({ serveAdmin: true, timeoutMs: 300_000, env: { ...testEditorsEnv(), PREVIEW_SECRET: 'secret-apercu-test' } });
    jwt = await adminJwt(cms);
    const list = await api('GET', `/content-manager/collection-types/${articleUid}?status=published&pageSize=1`);
    documentId = String((list.results as Array<{ documentId: string }>)[0]?.documentId);
    browser = await launchChromium(chromium);
  }, 1_200_000);
  afterAll(async () => {
    await browser?.close();
    await cms?.destroy();
  });

  /** Logs `account` in in a tab of its own (kept for the tests after), visiting the login page first if asked. */
  const tabOf = async (who: string, account: Account): Promise<Page> => {
    const known = tabs.get(who);
    if (known) return known;
    const tab = await (await browser.newContext({ locale: 'fr-FR', viewport: { width: 1400, height: 1000 } })).newPage();
    await logInToAdmin(tab, cms, account);
    tabs.set(who, tab);
    return tab;
  };

  /** Visits each screen (then each step on it) and returns what was not French, by screen. */
  const walk = async (tab: Page, screens: Screen[]): Promise<Record<string, string[]>> => {
    const found: Record<string, string[]> = {};
    const note = async (name: string): Promise<void> => {
      await tab.waitForLoadState('networkidle');
      await tab.waitForTimeout(300);
      const words = notFrenchIn(await heardOn(tab));
      if (words.length > 0) found[name] = words;
    };
    for (const screen of screens) {
      await tab.goto(`${cms.url}${screen.path}`);
      await tab.waitForSelector('main', { timeout: 120_000 });
      await note(screen.name);
      for (const step of screen.steps ?? []) {
        await step.act(tab);
        await note(`${screen.name}, ${step.name}`);
      }
    }
    return found;
  };

  it('the login page is in French, tab title and placeholder included', async () => {
    const tab = await browser.newPage({ locale: 'fr-FR' });
    await tab.goto(`${cms.url}/admin/auth/login`);
    await tab.waitForSelector('input[name="email"]');
    expect(notFrenchIn(await heardOn(tab))).toEqual([]);
    expect(await tab.evaluate(() => document.documentElement.lang)).toBe('fr');
    await tab.close();
  });

  it('Rédaction: every screen it reaches is in French', async () => {
    expect(await walk(await tabOf('rédaction', testEditors.redaction), editorScreens(documentId))).toEqual({});
  }, 600_000);

  it('Publication: every screen it reaches is in French', async () => {
    expect(await walk(await tabOf('publication', testEditors.publication), editorScreens(documentId))).toEqual({});
  }, 600_000);

  it('the super administrator: the same screens and the settings are in French', async () => {
    expect(await walk(await tabOf('administration', cms.admin), [...editorScreens(documentId), ...settingsScreens])).toEqual({});
  }, 600_000);

  it('fills the address of a new entry from its title as the editor types, on every type with one, and only until the editor writes it', async () => {
    // Publication: the types without a draft step (tags) are read-only for Rédaction (editor-roles.ts).
    const tab = await tabOf('publication', testEditors.publication);
    const filled: Record<string, string> = {};
    for (const { name, uid, kind, field, source } of slugTypes) {
      await tab.goto(`${cms.url}${listPath(uid, kind)}/create`);
      // The form is ready when Strapi has put its default in the address (the type's name).
      await expect.poll(() => tab.inputValue(`input[name="${field}"]`), { timeout: 30_000 }).not.toBe('');
      await tab.locator(`input[name="${source}"]`).pressSequentially('Essai de remplissage', { delay: 20 });
      await expect.poll(() => tab.inputValue(`input[name="${field}"]`), { timeout: 15_000 }).toMatch(/^essai-de-remplissage/);
      filled[name] = await tab.inputValue(`input[name="${field}"]`);
    }
    expect(Object.keys(filled).sort()).toEqual(slugTypes.map((type) => type.name).sort());
    // Written by the editor, the address no longer follows the title.
    const { uid, kind, field, source } = slugTypes.find((type) => type.uid === articleUid) ?? slugTypes[0]!;
    await tab.goto(`${cms.url}${listPath(uid, kind)}/create`);
    await expect.poll(() => tab.inputValue(`input[name="${field}"]`), { timeout: 30_000 }).not.toBe('');
    await tab.fill(`input[name="${field}"]`, 'mon-adresse');
    await tab.locator(`input[name="${source}"]`).pressSequentially('Un autre titre', { delay: 20 });
    await tab.waitForTimeout(1_500);
    expect(await tab.inputValue(`input[name="${field}"]`)).toBe('mon-adresse');
  }, 300_000);

  it('tells apart two quotes of the same author in the quote picker, by the start of their text and their author', async () => {
    const texts = [
      'Citation de test, la première : le code ouvert se partage entre administrations.',
      'Citation de test, la seconde : le code ouvert se corrige à plusieurs, en public.',
    ];
    for (const text of texts) {
      await api('POST', `/content-manager/collection-types/${quoteUid}`, { text, authorName: 'Même Autrice' });
    }
    const tab = await tabOf('rédaction', testEditors.redaction);
    await tab.goto(`${cms.url}${articles}/create`);
    await click(/^Ajouter un composant à Contenu$/)(tab);
    await tab.getByRole('button', { name: 'Citation', exact: true }).click();
    await tab.locator('input[name="body.0.quote"]').pressSequentially('Citation de test', { delay: 20 });
    const options = tab.getByRole('option').filter({ hasText: 'Citation de test' });
    await expect.poll(() => options.count(), { timeout: 15_000 }).toBe(2);
    const labels = await options.allInnerTexts();
    expect(new Set(labels).size).toBe(2);
    // Cut between words past 60 characters, then the author.
    expect(labels.some((label) => label.includes('Citation de test, la première : le code ouvert se partage… — Même Autrice'))).toBe(true);
    expect(labels.some((label) => label.includes('Citation de test, la seconde : le code ouvert se corrige à… — Même Autrice'))).toBe(true);
  }, 120_000);

  it('shows « Modifier le modèle » only to whoever may change the model, and tells Rédaction why « Publier » is greyed', async () => {
    const modelEntries = async (who: string, account: Account): Promise<number> => {
      const tab = await tabOf(who, account);
      await tab.goto(`${cms.url}${articles}/${documentId}`);
      await click(/^Plus d.actions$/)(tab);
      const count = await tab.getByRole('menuitem', { name: /mod[èe]le|model/i }).count();
      await escape(tab);
      return count;
    };
    expect(await modelEntries('publication', testEditors.publication)).toBe(0);
    expect(await modelEntries('administration', cms.admin)).toBe(1);
    const redaction = await tabOf('rédaction', testEditors.redaction);
    await redaction.goto(`${cms.url}${articles}/${documentId}`);
    await expect.poll(() => redaction.getByText('Pourquoi « Publier » est grisé').count(), { timeout: 30_000 }).toBe(1);
  }, 120_000);

  it('shows the article list’s « Statut » column whole on a 1,280 px screen', async () => {
    const tab = await tabOf('publication', testEditors.publication);
    await tab.setViewportSize({ width: 1280, height: 860 });
    await tab.goto(`${cms.url}${articles}`);
    const status = tab.locator('thead th', { hasText: 'Statut' });
    await status.waitFor({ timeout: 60_000 });
    const [header, table] = await Promise.all([status.boundingBox(), tab.locator('table').first().evaluate((element) => element.parentElement?.getBoundingClientRect().toJSON() as DOMRect)]);
    expect(header && header.x + header.width).toBeLessThanOrEqual(Math.min(1280, table.right));
    await tab.setViewportSize({ width: 1400, height: 1000 });
  }, 120_000);

  it('asks no HTML codes in the rich-text link pop-up', async () => {
    const tab = await tabOf('rédaction', testEditors.redaction);
    await tab.goto(`${cms.url}${listPath('api::event.event', 'collectionType')}/create`);
    await tab.locator('[role="textbox"][contenteditable="true"]').first().click();
    await tab.keyboard.type('Un lien');
    await tab.keyboard.press('Shift+Home');
    await tab.getByRole('button', { name: /^Lien$/ }).first().click();
    await tab.locator('input[name="url"]').waitFor({ timeout: 15_000 });
    expect(await tab.locator('input[name="rel"]').isVisible()).toBe(false);
    expect(await tab.locator('input[name="target"]').isVisible()).toBe(false);
  }, 120_000);

  it('asks before unpublishing, and a cancel leaves the entry online', async () => {
    const tab = await tabOf('publication', testEditors.publication);
    await tab.goto(`${cms.url}${articles}/${documentId}`);
    await tab.getByRole('button', { name: /^Plus d.actions sur les documents$/ }).click();
    await tab.getByRole('menuitem', { name: 'Dépublier', exact: true }).click();
    const dialog = tab.getByRole('alertdialog');
    await expect.poll(() => dialog.getByText('Dépublier ce contenu ?').count(), { timeout: 15_000 }).toBe(1);
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await tab.waitForTimeout(1_000);
    const entry = await api('GET', `/content-manager/collection-types/${articleUid}/${documentId}?status=published`);
    expect((entry.data as { publishedAt?: string | null }).publishedAt).toBeTruthy();
  }, 120_000);
});
