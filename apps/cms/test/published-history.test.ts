import { mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminSessions,
  buildCmsWithAdmin,
  buildSite,
  createApiToken,
  launchChromium,
  logInToAdmin,
  restWrite,
  startPreviewServer,
  startStrapi,
  testEditors,
  testEditorsEnv,
  webDir,
  type PreviewServer,
  type SiteBuild,
  type StrapiServer,
} from '@bluehats/testkit';
import { previewApiTokenValue } from '../src/preview/preview-api-token';

const PREVIEW_SECRET = 'secret-de-test-pour-l-historique';
const previewToken = previewApiTokenValue(PREVIEW_SECRET) ?? '';
const articleUid = 'api::article.article';

type Json = Record<string, unknown>;
type Version = { id: number; publishedAt: string; publishedByName: string; changeNote: string | null; viewUrl: string | null };
type Listed = { status: number; body: { data?: Version[]; meta?: { mayRestore: boolean } } };

const paragraph = (text: string): Json => ({ type: 'paragraph', children: [{ type: 'text', text }] });
const article = (title: string, text: string, tags: string[]): Json => ({
  title,
  slug: 'article-aux-deux-versions',
  description: 'Un article publié deux fois pour le test de l’historique.',
  date: '2026-05-04',
  body: [{ __component: 'blocks.rich-text', content: [paragraph(text)] }],
  tags,
});

/**
 * « Versions publiées »: each publication keeps the published document; an editor sees a past
 * version's page on the preview server and restores it into the draft, in the admin, without the
 * public site changing until someone publishes. Rédaction, who may not publish, may restore.
 */
describe('the published versions of an entry', () => {
  let cms: StrapiServer;
  let build: SiteBuild;
  let preview: PreviewServer;
  let browser: Browser;
  let writer: string;
  let documentId = '';
  let tag = '';
  type Who = keyof typeof testEditors;
  let sessions: Awaited<ReturnType<typeof adminSessions<Who>>>;

  const versions = (who: Who, uid = articleUid, id = documentId) => sessions.call<Listed['body']>(who, 'GET', `/versions-publiees/${uid}/${id}`) as Promise<Listed>;
  const read = async (token: string, status: 'draft' | 'published'): Promise<Json> => {
    const response = await fetch(`${cms.url}/api/articles/${documentId}?status=${status}&populate[body]=true&populate[tags][fields][0]=name`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    return ((await response.json()) as { data: Json }).data;
  };
  /** What the site shows of an entry: its title, its blocks (without their row ids) and its tags. */
  const shown = (entry: Json) => ({
    title: entry.title,
    body: JSON.stringify((entry.body as Json[]).map(({ id: _id, ...block }) => block)),
    tags: (entry.tags as Json[]).map((t) => t.name),
  });
  const onPreviewServer = (url: string): string => {
    const link = new URL(url);
    expect(link.origin).toBe('http://apercu.bluehats.test');
    return `${preview.url}${link.pathname}${link.search}`;
  };

  beforeAll(async () => {
    buildCmsWithAdmin();
    cms = await startStrapi({ serveAdmin: true, timeoutMs: 300_000, env: { PREVIEW_SECRET, PREVIEW_URL: 'http://apercu.bluehats.test', ...testEditorsEnv() } });
    sessions = await adminSessions(cms, testEditors);
    writer = await createApiToken(cms, 'full-access');
    tag = String((await restWrite(cms, writer, 'POST', '/api/tags', { name: 'Étiquette de la première version', slug: 'etiquette-premiere-version' })).documentId);
    documentId = String((await restWrite(cms, writer, 'POST', '/api/articles?status=published', article('Première version', 'Le texte tel qu’il a d’abord été publié.', [tag]))).documentId);
    await restWrite(cms, writer, 'PUT', `/api/articles/${documentId}?status=published`, { ...article('Seconde version', 'Le texte corrigé, publié ensuite.', []), updateNote: 'Texte corrigé et étiquette retirée.' });
    build = await buildSite({ strapiUrl: cms.url, token: cms.readToken, config: 'astro.preview.config.mjs', outDir: mkdtempSync(path.join(webDir, '.preview-')) });
    if (build.code !== 0) throw new Error(build.output);
    preview = await startPreviewServer(build.outDir, { PREVIEW_SECRET, STRAPI_URL: cms.url, STRAPI_TOKEN: cms.readToken });
    browser = await launchChromium(chromium);
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await preview?.stop();
    await cms?.destroy();
    if (build) rmSync(build.outDir, { recursive: true, force: true });
  });

  it('keeps every publication, newest first, with who published it', async () => {
    const listed = await versions('redaction');
    expect(listed.status, JSON.stringify(listed.body)).toBe(200);
    expect(listed.body.data?.map((v) => v.publishedByName)).toHaveLength(2);
    const [newest, oldest] = listed.body.data ?? [];
    expect(Date.parse(newest?.publishedAt ?? '')).toBeGreaterThanOrEqual(Date.parse(oldest?.publishedAt ?? ''));
    expect(newest?.id).toBeGreaterThan(oldest?.id ?? Infinity);
    // Published through the REST API with the test's token: the token is named.
    expect(newest?.publishedByName).toMatch(/^Jeton d’API « .+ »$/);
    // The public change note a correction published is its version's; a first publication has none.
    expect(newest?.changeNote).toBe('Texte corrigé et étiquette retirée.');
    expect(oldest?.changeNote).toBeNull();
    expect(listed.body.meta?.mayRestore).toBe(true);
    // Types without a draft step have no history: what is saved is what is online.
    expect((await versions('publication', 'api::tag.tag', tag)).status).toBe(403);
  });

  it('shows a past version’s page on the preview server, with its own text, through a signed link only', async () => {
    const [, oldest] = (await versions('publication')).body.data ?? [];
    const url = onPreviewServer(oldest?.viewUrl ?? '');
    const response = await fetch(url);
    expect(response.status, preview.logs()).toBe(200);
    expect(response.headers.get('x-robots-tag')).toContain('noindex');
    const html = parse(await response.text());
    expect(html.querySelector('main')?.text).toContain('Le texte tel qu’il a d’abord été publié.');
    expect(html.querySelector('main')?.text).not.toContain('Le texte corrigé');
    expect(html.querySelector('.fr-notice__title')?.text).toMatch(/^Version publiée le /);
    expect(html.querySelector('main')?.text).toContain('Étiquette de la première version');
    // Another version number under the same signature opens nothing.
    const tampered = new URL(url);
    tampered.searchParams.set('version', String((oldest?.id ?? 0) + 1));
    expect((await fetch(tampered)).status).toBe(401);
    // The CMS gives versions to the preview server's token only.
    expect((await fetch(`${cms.url}/api/versions-publiees/${oldest?.id}`, { headers: { authorization: `Bearer ${cms.readToken}` } })).status).toBe(403);
    expect((await fetch(`${cms.url}/api/versions-publiees/${oldest?.id}`, { headers: { authorization: `Bearer ${previewToken}` } })).status).toBe(200);
  });

  it('restores a past version into the draft from the admin, as Rédaction, and the public site is unchanged until publication', async () => {
    const publicBefore = shown(await read(cms.readToken, 'published'));
    expect(publicBefore.title).toBe('Seconde version');
    const [, oldest] = (await versions('redaction')).body.data ?? [];
    const tab = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await logInToAdmin(tab, cms, testEditors.redaction);
    await tab.goto(`${cms.url}/admin/content-manager/collection-types/${articleUid}/${documentId}`);
    const list = tab.getByRole('list', { name: 'Versions publiées, de la plus récente à la plus ancienne' });
    await list.waitFor({ timeout: 60_000 });
    const items = list.getByRole('listitem');
    expect(await items.count()).toBe(2);
    await items.nth(1).getByRole('button', { name: 'Restaurer en brouillon' }).click();
    await expect.poll(() => tab.getByRole('textbox', { name: /^Titre/ }).inputValue(), { timeout: 30_000 }).toBe('Première version');
    await tab.close();

    // The draft is the version, text and relations; the published one, what the build token reads, has not moved.
    const snapshot = await fetch(`${cms.url}/api/versions-publiees/${oldest?.id}`, { headers: { authorization: `Bearer ${previewToken}` } });
    const version = ((await snapshot.json()) as { data: { entry: Json } }).data.entry;
    const draft = await read(previewToken, 'draft');
    expect(shown(draft)).toEqual({ ...shown(version), tags: ['Étiquette de la première version'] });
    expect(shown(draft).body).toContain('Le texte tel qu’il a d’abord été publié.');
    expect(shown(await read(cms.readToken, 'published'))).toEqual(publicBefore);
    expect((await versions('redaction')).body.data).toHaveLength(2);

    // Rédaction may not publish it; Publication does, from the admin: it is online, and a third version names the account.
    const publish = (who: Who) => sessions.call(who, 'POST', `/content-manager/collection-types/${articleUid}/${documentId}/actions/publish`, {});
    expect((await publish('redaction')).status).toBe(403);
    expect(shown(await read(cms.readToken, 'published'))).toEqual(publicBefore);
    expect((await publish('publication')).status).toBe(200);
    expect(shown(await read(cms.readToken, 'published')).title).toBe('Première version');
    const [third] = (await versions('redaction')).body.data ?? [];
    expect((await versions('redaction')).body.data).toHaveLength(3);
    expect(third?.publishedByName).toBe('Publication Démo');
  }, 240_000);
});
