import { mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminSessions,
  buildCmsWithAdmin,
  buildSite,
  launchChromium,
  logInToAdmin,
  startPreviewServer,
  startStrapi,
  testEditors,
  testEditorsEnv,
  type Account,
  type PreviewServer,
  type SiteBuild,
  type StrapiServer,
  webDir,
} from '@bluehats/testkit';
import { previewApiTokenValue } from '../../cms/src/preview/preview-api-token';
// Pages show titles with French typography (src/middleware.ts): « Brouillon : … » with a no-break space.
import { frenchTypography as shown } from '../src/lib/typography';

const PREVIEW_SECRET = 'secret-de-test-pour-les-apercus-partages';
const previewToken = previewApiTokenValue(PREVIEW_SECRET) ?? '';
const articleUid = 'api::article.article';
const { redaction, publication } = testEditors;

type Draft = { documentId: string; title: string };
type Reply = { status: number; body: { data?: unknown; error?: unknown } };

/**
 * A preview shared with someone who has no account: created in the admin by whoever may publish,
 * opened with no login at all on the real preview server, and refused at once after its expiry or
 * its revocation, with a page that says why.
 */
describe('shared previews for readers without an account', () => {
  let cms: StrapiServer;
  let build: SiteBuild;
  let preview: PreviewServer;
  let drafts: [Draft, Draft];
  type Who = keyof typeof testEditors;
  let sessions: Awaited<ReturnType<typeof adminSessions<Who>>>;

  const call = (who: Who | null, method: string, route: string, data?: Record<string, unknown>): Promise<Reply> => sessions.call<Reply['body']>(who, method, route, data);
  const share = (who: Who, documentId: string, durationSeconds: number, uid = articleUid) =>
    call(who, 'POST', '/partage-apercu', { uid, documentId, durationSeconds });
  /** The link the admin hands out, pointed at the test's preview server. */
  const onPreviewServer = (url: string): string => {
    const link = new URL(url);
    expect(link.origin).toBe('http://apercu.bluehats.test');
    return `${preview.url}${link.pathname}${link.search}`;
  };
  const createdLink = async (documentId: string, durationSeconds = 3600): Promise<{ id: number; url: string }> => {
    const reply = await share('publication', documentId, durationSeconds);
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    const { id, url } = reply.body.data as { id: number; url: string };
    return { id, url: onPreviewServer(url) };
  };
  const created = async (documentId: string, durationSeconds = 3600): Promise<string> => (await createdLink(documentId, durationSeconds)).url;
  const live = async (documentId: string) =>
    (await call('publication', 'GET', `/partage-apercu/${articleUid}/${documentId}`)).body.data as Array<{ id: number; expiresAt: string }>;
  const expectRefused = async (url: string, status: number, reason: RegExp) => {
    const response = await fetch(url);
    expect(response.status, url).toBe(status);
    expect(response.headers.get('x-robots-tag')).toContain('noindex');
    const text = await response.text();
    expect(text).not.toContain(drafts[0].title);
    expect(parse(text).querySelector('main')?.text).toMatch(reason);
  };

  beforeAll(async () => {
    buildCmsWithAdmin();
    cms = await startStrapi({
      serveAdmin: true,
      timeoutMs: 300_000,
      env: {
        PREVIEW_SECRET,
        PREVIEW_URL: 'http://apercu.bluehats.test',
        ...testEditorsEnv(),
      },
    });
    sessions = await adminSessions(cms, testEditors);
    const list = await fetch(`${cms.url}/api/articles?status=draft&filters[title][$startsWith]=Brouillon&fields[0]=title&pagination[pageSize]=2`, {
      headers: { authorization: `Bearer ${previewToken}` },
    });
    const found = ((await list.json()) as { data: Draft[] }).data;
    const published = await fetch(`${cms.url}/api/articles?fields[0]=title&pagination[pageSize]=1`, { headers: { authorization: `Bearer ${cms.readToken}` } });
    const [other] = ((await published.json()) as { data: Draft[] }).data;
    expect(found[0]?.title).toMatch(/^Brouillon/);
    drafts = [found[0] as Draft, (found[1] ?? other) as Draft];
    build = await buildSite({ strapiUrl: cms.url, token: cms.readToken, config: 'astro.preview.config.mjs', outDir: mkdtempSync(path.join(webDir, '.preview-')) });
    if (build.code !== 0) throw new Error(build.output);
    preview = await startPreviewServer(build.outDir, { PREVIEW_SECRET, STRAPI_URL: cms.url, STRAPI_TOKEN: cms.readToken });
  }, 400_000);
  afterAll(async () => {
    await preview?.stop();
    await cms?.destroy();
    if (build) rmSync(build.outDir, { recursive: true, force: true });
  });

  it('opens the draft with no login, as the site renders it, unindexed and saying it is a preview', async () => {
    const url = await created(drafts[0].documentId, 24 * 3600);
    const response = await fetch(url);
    expect(response.status, preview.logs()).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-robots-tag')).toContain('noindex');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    const html = parse(await response.text());
    expect(html.querySelector('h1')?.text.trim()).toBe(shown(drafts[0].title));
    expect(html.querySelector('meta[name="robots"]')?.getAttribute('content')).toContain('noindex');
    expect(html.querySelector('.fr-notice__title')?.text).toBe('Aperçu\u00a0: cette page n’est pas publiée');
    expect(html.querySelector('.fr-notice__desc')?.text).toMatch(/valable jusqu’au/);
    expect(html.querySelector('header.fr-header')).not.toBeNull();
    const listed = await live(drafts[0].documentId);
    expect(listed.length).toBeGreaterThanOrEqual(1);
    // The token is given once, at creation; the list never shows it again.
    expect(JSON.stringify(listed)).not.toContain(new URL(url).searchParams.get('partage'));
  });

  it('is for those who may publish: Rédaction is refused, and so are more than a week, no time at all, or a type without preview', async () => {
    expect((await share('redaction', drafts[0].documentId, 3600)).status).toBe(403);
    expect((await call('redaction', 'GET', `/partage-apercu/${articleUid}/${drafts[0].documentId}`)).status).toBe(403);
    expect((await share('publication', drafts[0].documentId, 7 * 24 * 3600 + 1)).status).toBe(400);
    expect((await share('publication', drafts[0].documentId, 0)).status).toBe(400);
    expect((await share('publication', drafts[0].documentId, 3600, 'api::quote.quote')).status).toBe(400);
    expect((await call(null, 'POST', '/partage-apercu', { uid: articleUid, documentId: drafts[0].documentId, durationSeconds: 3600 })).status).toBe(401);
  });

  it('stops at once when revoked, and only those who may publish revoke', async () => {
    const { id, url } = await createdLink(drafts[0].documentId);
    expect((await fetch(url)).status).toBe(200);
    expect((await live(drafts[0].documentId)).map((l) => l.id)).toContain(id);
    expect((await call('redaction', 'POST', `/partage-apercu/${id}/revocation`, {})).status).toBe(403);
    expect((await fetch(url)).status).toBe(200);
    expect((await call('publication', 'POST', `/partage-apercu/${id}/revocation`, {})).status).toBe(200);
    await expectRefused(url, 410, /révoqué/);
    expect((await live(drafts[0].documentId)).map((l) => l.id)).not.toContain(id);
  });

  it('stops at its expiry', async () => {
    const url = await created(drafts[0].documentId, 2);
    expect((await fetch(url)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    await expectRefused(url, 410, /expiré/);
  });

  it('refuses a forged token, another document’s token, and answers the check to the preview server only', async () => {
    const url = new URL(await created(drafts[0].documentId));
    const forged = new URL(url);
    forged.searchParams.set('partage', 'A'.repeat(43));
    await expectRefused(forged.href, 404, /n’existe pas/);
    const elsewhere = new URL(url.href.replace(drafts[0].documentId, drafts[1].documentId));
    await expectRefused(elsewhere.href, 404, /n’existe pas/);
    const body = JSON.stringify({ token: url.searchParams.get('partage'), section: 'articles', documentId: drafts[0].documentId });
    const check = (authorization?: string) =>
      fetch(`${cms.url}/api/apercus-partages/verification`, { method: 'POST', headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) }, body });
    expect([401, 403]).toContain((await check()).status);
    expect((await check(`Bearer ${cms.readToken}`)).status).toBe(403);
    expect((await check(`Bearer ${previewToken}`)).status).toBe(200);
  });

  it('offers the side panel in the edit view to the Publication account only, which creates a working link there', async () => {
    const browser = await launchChromium(chromium);
    const editView = `${cms.url}/admin/content-manager/collection-types/${articleUid}/${drafts[0].documentId}`;
    const loggedIn = async (account: Account) => {
      const tab = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
      await logInToAdmin(tab, cms, account);
      return tab;
    };
    try {
      const writer = await loggedIn(redaction);
      const [refused] = await Promise.all([
        writer.waitForResponse((r) => r.url().includes('/partage-apercu/'), { timeout: 60_000 }),
        writer.goto(editView),
      ]);
      expect(refused.status()).toBe(403);
      expect(await writer.getByText('Partager l’aperçu').count()).toBe(0);

      const tab = await loggedIn(publication);
      await tab.goto(editView);
      await tab.getByText('Partager l’aperçu').waitFor({ timeout: 60_000 });
      await tab.getByRole('button', { name: 'Créer un lien de partage' }).click();
      const field = tab.getByLabel('Nouveau lien');
      await field.waitFor({ timeout: 30_000 });
      const response = await fetch(onPreviewServer(await field.inputValue()));
      expect(response.status).toBe(200);
      expect(parse(await response.text()).querySelector('h1')?.text.trim()).toBe(shown(drafts[0].title));
      await tab.getByRole('button', { name: 'Révoquer' }).first().waitFor({ timeout: 30_000 });
    } finally {
      await browser.close();
    }
  }, 180_000);
});
