import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminSessions,
  asEditViewSends,
  buildCmsWithAdmin,
  launchChromium,
  logInToAdmin,
  startStrapi,
  testEditors,
  testEditorsEnv,
  type Account,
  type StrapiServer,
} from '@bluehats/testkit';
import { reviewStates } from '../src/review/review-states';

type Json = Record<string, unknown>;

const articleUid = 'api::article.article';
const { redaction, publication } = testEditors;
const widgetList = 'Contenus à relire ou prêts à publier';

/**
 * The review step without enterprise features (issue 20): Rédaction asks for a review in the real
 * admin and cannot publish; Publication finds the request on its home page, opens it from there
 * and publishes it, after which the entry is back to « Non demandée ». One Strapi with its admin panel.
 */
describe('review step: Rédaction asks, Publication finds and publishes', () => {
  let cms: StrapiServer;
  let browser: Browser;
  type Who = 'admin' | keyof typeof testEditors;
  let sessions: Awaited<ReturnType<typeof adminSessions<Who>>>;
  let article = { documentId: '', title: '' };

  const call = (who: Who, method: string, path: string, data?: Json) => sessions.call<Json>(who, method, path, data);
  const entry = (documentId = ''): string => `/content-manager/collection-types/${articleUid}${documentId ? `/${documentId}` : ''}`;
  const stored = async (): Promise<Json> => (await call('publication', 'GET', entry(article.documentId))).body.data as Json;

  /** A new tab logged in to the admin as `account`, on the home page. */
  const logIn = async (account: Account): Promise<Page> => {
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1400, height: 1000 } });
    const tab = await context.newPage();
    await logInToAdmin(tab, cms, account);
    await tab.locator('main h1').waitFor({ timeout: 60_000 });
    return tab;
  };

  /** Clicks a button of the edit view and returns the status of the content-manager request it sends. */
  const statusOf = async (tab: Page, button: string, method: 'PUT' | 'POST'): Promise<number> => {
    const control = tab.getByRole('button', { name: button, exact: true });
    await expect.poll(() => control.isEnabled(), { timeout: 60_000 }).toBe(true);
    const [response] = await Promise.all([
      tab.waitForResponse((r) => r.url().includes(entry(article.documentId)) && r.request().method() === method, { timeout: 60_000 }),
      control.click(),
    ]);
    return response.status();
  };

  beforeAll(async () => {
    buildCmsWithAdmin();
    cms = await startStrapi({
      serveAdmin: true,
      timeoutMs: 300_000,
      env: testEditorsEnv(),
    });
    sessions = await adminSessions(cms, { admin: cms.admin, ...testEditors });
    const { body } = await call('admin', 'GET', `${entry()}?pageSize=1&status=published&sort=date:DESC`);
    const [found] = body.results as Array<{ documentId: string; title: string }>;
    article = { documentId: String(found?.documentId), title: String(found?.title) };
    browser = await launchChromium(chromium);
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await cms?.destroy();
  });

  it('starts every entry as « Non demandée », shows the state as a French list column, and keeps it off the public API', async () => {
    expect((await stored()).reviewState).toBe(reviewStates.notRequested);
    const { body } = await call('admin', 'GET', `/content-manager/content-types/${articleUid}/configuration`);
    const configuration = (body.data as { contentType: { layouts: { list: string[] }; metadatas: Record<string, { list: { label: string } }> } }).contentType;
    expect(configuration.layouts.list).toContain('reviewState');
    expect(configuration.metadatas.reviewState?.list.label).toBe('Relecture');
    const rest = await fetch(`${cms.url}/api/articles/${article.documentId}`, { headers: { authorization: `Bearer ${cms.readToken}` } });
    const data = ((await rest.json()) as { data: Json }).data;
    expect(data.title).toBe(article.title);
    expect(data).not.toHaveProperty('reviewState');
  });

  it('lets Rédaction ask for a review in the edit view, and refuses its publication', async () => {
    const tab = await logIn(redaction);
    // Publishing is not Rédaction's job: the widget is not on its home page.
    await tab.waitForLoadState('networkidle');
    expect(await tab.getByRole('list', { name: widgetList }).count()).toBe(0);
    await tab.goto(`${cms.url}/admin${entry(article.documentId)}`);
    const state = tab.getByRole('combobox', { name: 'Relecture' });
    await state.waitFor({ timeout: 60_000 });
    // A late refetch of the document may reset the form under load: choose again until it holds.
    await expect
      .poll(
        async () => {
          if ((await state.textContent())?.includes(reviewStates.toReview) && (await tab.getByRole('button', { name: 'Enregistrer', exact: true }).isEnabled())) return true;
          await state.click();
          await tab.getByRole('option', { name: reviewStates.toReview, exact: true }).click();
          return false;
        },
        { timeout: 60_000, interval: 1_000 },
      )
      .toBe(true);
    expect(await statusOf(tab, 'Enregistrer', 'PUT')).toBe(200);
    expect((await stored()).reviewState).toBe(reviewStates.toReview);

    const document = (await call('redaction', 'GET', entry(article.documentId))).body.data as Json;
    expect((await call('redaction', 'POST', `${entry(article.documentId)}/actions/publish`, asEditViewSends(document))).status).toBe(403);
    await tab.context().close();
  }, 180_000);

  it('filters the list on the state', async () => {
    const { body } = await call('publication', 'GET', `${entry()}?filters[$and][0][reviewState][$eq]=${encodeURIComponent(reviewStates.toReview)}`);
    expect((body.results as Json[]).map((result) => result.documentId)).toEqual([article.documentId]);
  });

  it('shows the request to Publication on its home page, which opens it from there and publishes it, back to « Non demandée »', async () => {
    const tab = await logIn(publication);
    // The list, filtered on the state as « Filtres › Relecture › À relire » does: the request only, in its own column.
    const filter = `filters[$and][0][reviewState][$eq]=${encodeURIComponent(reviewStates.toReview)}`;
    await tab.goto(`${cms.url}/admin${entry()}?page=1&pageSize=10&${filter}`);
    await tab.getByRole('gridcell', { name: article.title }).waitFor({ timeout: 60_000 });
    expect(await tab.locator('table tbody tr').count()).toBe(1);
    expect(await tab.locator('table thead th').allInnerTexts()).toContainEqual(expect.stringMatching(/^Relecture$/i));
    expect(await tab.getByRole('gridcell', { name: reviewStates.toReview, exact: true }).count()).toBe(1);

    await tab.goto(`${cms.url}/admin`);
    const listed = tab.getByRole('list', { name: widgetList });
    await listed.waitFor({ timeout: 60_000 });
    // Only the request: the other demo entries are « Non demandée ». The badge is shown in capitals.
    const items = await listed.getByRole('listitem').allInnerTexts();
    expect(items).toHaveLength(1);
    expect(items[0]?.toLowerCase()).toContain(`${article.title}\narticle, modifié le`.toLowerCase());
    expect(items[0]?.toLowerCase()).toContain(reviewStates.toReview.toLowerCase());
    await listed.getByRole('link', { name: article.title }).click();
    await tab.waitForURL((url) => url.pathname.endsWith(entry(article.documentId)), { timeout: 60_000 });
    expect(await statusOf(tab, 'Publier', 'POST')).toBe(200);

    const after = await stored();
    expect(after.reviewState).toBe(reviewStates.notRequested);
    expect(after.status).toBe('published');
    await tab.goto(`${cms.url}/admin`);
    await tab.getByText('Aucun contenu à relire pour le moment.').waitFor({ timeout: 60_000 });
    await tab.context().close();
  }, 180_000);
});
