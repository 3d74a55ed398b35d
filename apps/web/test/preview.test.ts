import { contentTypes, previewTypes } from '@bluehats/content-types';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminJwt,
  buildSite,
  createApiToken,
  restWrite,
  listFiles,
  startPreviewServer,
  startStrapi,
  type PreviewServer,
  type SiteBuild,
  type StrapiServer,
  webDir,
} from '@bluehats/testkit';
import { previewApiTokenValue } from '../../cms/src/preview/preview-api-token';
import { previewLink } from '../../cms/src/preview/preview-link';
// Pages show titles with French typography (src/middleware.ts): « Brouillon : … » with a no-break space.
import { frenchTypography as shown } from '../src/lib/typography';

const PREVIEW_SECRET = 'secret-de-test-pour-les-apercus';
// Drafts are refused to the build's token (cms.readToken): the test reads them as the preview server does.
const previewToken = previewApiTokenValue(PREVIEW_SECRET) ?? '';

type Draft = { documentId: string; title: string; slug: string };

describe('the editors’ preview of drafts', () => {
  let cms: StrapiServer;
  let previewBuild: SiteBuild;
  let publicBuild: SiteBuild;
  let preview: PreviewServer;
  let draft: Draft;
  let jwt: string;

  /** The link the admin's "Aperçu" button opens, as the CMS computes it, pointed at our server. */
  const linkFromCms = async (uid: string, documentId: string, status: 'draft' | 'published'): Promise<URL> => {
    const query = new URLSearchParams({ documentId, status, locale: '' });
    const response = await fetch(`${cms.url}/content-manager/preview/url/${uid}?${query}`, {
      headers: { authorization: `Bearer ${jwt}` },
    });
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as { data: { url: string } };
    const link = new URL(data.url);
    expect(link.origin).toBe('http://apercu.bluehats.test');
    return new URL(`${link.pathname}${link.search}`, preview.url);
  };

  beforeAll(async () => {
    cms = await startStrapi({ env: { PREVIEW_SECRET, PREVIEW_URL: 'http://apercu.bluehats.test' } });
    jwt = await adminJwt(cms);
    const drafts = await fetch(`${cms.url}/api/articles?status=draft&filters[title][$startsWith]=Brouillon&fields[0]=title&fields[1]=slug`, {
      headers: { authorization: `Bearer ${previewToken}` },
    });
    [draft] = ((await drafts.json()) as { data: Draft[] }).data as [Draft];
    expect(draft?.title).toMatch(/^Brouillon/);
    [previewBuild, publicBuild] = await Promise.all([
      // A server build imports its packages at run time: it lives inside apps/web, next to node_modules.
      buildSite({ strapiUrl: cms.url, token: cms.readToken, config: 'astro.preview.config.mjs', outDir: mkdtempSync(path.join(webDir, '.preview-')) }),
      buildSite({ strapiUrl: cms.url, token: cms.readToken }),
    ]);
    if (previewBuild.code !== 0) throw new Error(previewBuild.output);
    if (publicBuild.code !== 0) throw new Error(publicBuild.output);
    // The build's token goes along, as `npm start` does: drafts must still be read with the preview's own.
    preview = await startPreviewServer(previewBuild.outDir, { PREVIEW_SECRET, STRAPI_URL: cms.url, STRAPI_TOKEN: cms.readToken });
  });
  afterAll(async () => {
    await preview?.stop();
    await cms?.destroy();
    for (const build of [previewBuild, publicBuild]) if (build) rmSync(build.outDir, { recursive: true, force: true });
  });

  it('shows the draft with the site’s own components through the link the admin gives', async () => {
    const response = await fetch(await linkFromCms('api::article.article', draft.documentId, 'draft'));
    expect(response.status, preview.logs()).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-robots-tag')).toContain('noindex');
    const html = parse(await response.text());
    expect(html.querySelector('h1')?.text.trim()).toBe(shown(draft.title));
    expect(html.querySelector('.fr-notice__title')?.text).toContain('brouillon');
    expect(html.querySelector('header.fr-header')).not.toBeNull();
    expect(html.querySelector('article.fr-content')).not.toBeNull();
  });

  it('previews the correction of a published article whose body embeds a quote and a video (their drafts have no publishedAt)', async () => {
    const populate = 'populate[body][on][blocks.quote][populate][quote]=true&populate[body][on][blocks.video][populate][video]=true';
    const list = await fetch(`${cms.url}/api/articles?status=draft&${populate}&pagination[pageSize]=100`, { headers: { authorization: `Bearer ${previewToken}` } });
    type Block = { __component: string; quote?: { text: string } | null; video?: { title: string } | null };
    const articles = ((await list.json()) as { data: Array<Draft & { publishedAt: string | null; body: Block[] }> }).data;
    const embeds = (article: { body: Block[] }, component: string) => article.body.some((block) => block.__component === component && (block.quote ?? block.video));
    const published = await fetch(`${cms.url}/api/articles?fields[0]=title&pagination[pageSize]=100`, { headers: { authorization: `Bearer ${cms.readToken}` } });
    const publishedIds = new Set(((await published.json()) as { data: Draft[] }).data.map((entry) => entry.documentId));
    const article = articles.find((entry) => publishedIds.has(entry.documentId) && embeds(entry, 'blocks.quote') && embeds(entry, 'blocks.video'));
    if (!article) throw new Error('Aucun article publié de démonstration avec une citation et une vidéo.');
    const response = await fetch(await linkFromCms('api::article.article', article.documentId, 'draft'));
    expect(response.status, preview.logs()).toBe(200);
    const html = parse(await response.text());
    expect(html.querySelector('h1')?.text.trim()).toBe(shown(article.title));
    expect(html.querySelector('figure.fr-quote blockquote')).not.toBeNull();
    expect(html.querySelector('figure.fr-content-media iframe')?.getAttribute('title')).toBeTruthy();
  });

  it('previews a draft in English on the English site (/en/apercu/…), the French notice said to be French', async () => {
    const writer = await createApiToken(cms, 'full-access');
    const english = { title: 'Draft in English', slug: 'draft-in-english', description: 'An English draft.', date: '2025-05-01' };
    await restWrite(cms, writer, 'PUT', `/api/articles/${draft.documentId}?locale=en&status=draft`, {
      ...english,
      body: [{ __component: 'blocks.rich-text', content: [{ type: 'paragraph', children: [{ type: 'text', text: 'Not published yet.' }] }] }],
    });
    // The link the CMS gives for the English version (apps/cms/src/preview/preview-link.ts, with Strapi's locale).
    const link = previewLink({ uid: 'api::article.article', documentId: draft.documentId, status: 'draft', locale: 'en' }, { baseUrl: preview.url, secret: PREVIEW_SECRET, ttlSeconds: 600 });
    expect(new URL(link ?? '').pathname).toBe(`/en/apercu/articles/${draft.documentId}/`);
    const response = await fetch(link ?? '');
    expect(response.status, preview.logs()).toBe(200);
    const html = parse(await response.text());
    expect(html.querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(html.querySelector('h1')?.text.trim()).toBe(english.title);
    expect(html.querySelector('.fr-notice')?.getAttribute('lang')).toBe('fr');
    // The French link still opens the French draft.
    const french = parse(await (await fetch(await linkFromCms('api::article.article', draft.documentId, 'draft'))).text());
    expect(french.querySelector('h1')?.text.trim()).toBe(shown(draft.title));
  });

  // Articles: the two tests above.
  it('previews every other type of the registry that has drafts and a page per entry', async () => {
    for (const { name: type } of previewTypes.filter(({ name }) => name !== 'articles')) {
      const { uid } = contentTypes[type];
      const list = await fetch(`${cms.url}/api/${type}?status=draft&fields[0]=title&pagination[pageSize]=1`, {
        headers: { authorization: `Bearer ${previewToken}` },
      });
      const [entry] = ((await list.json()) as { data: Draft[] }).data;
      const response = await fetch(await linkFromCms(uid, entry?.documentId ?? '', 'draft'));
      expect(response.status, `${uid}\n${preview.logs()}`).toBe(200);
      expect(parse(await response.text()).querySelector('h1')?.text.trim()).toBe(shown(entry?.title ?? '∅'));
    }
  });

  it('answers pages only: no other method, no host configuration, nosniff on static files', async () => {
    // fetch refuses to send TRACE: a plain HTTP request, as any client can.
    const statusOf = (method: string): Promise<number> =>
      new Promise((resolve, reject) => {
        const sent = request(`${preview.url}/`, { method }, (answer) => {
          answer.resume();
          resolve(answer.statusCode ?? 0);
        });
        sent.on('error', reject);
        sent.end();
      });
    for (const method of ['PUT', 'DELETE', 'TRACE', 'POST', 'PATCH']) expect(await statusOf(method), method).toBe(405);
    for (const spelling of ['/_headers', '/%5Fheaders', '/x/../_headers', '/_headers?x=1']) {
      expect((await fetch(`${preview.url}${spelling}`)).status, spelling).toBe(404);
    }
    const home = await fetch(`${preview.url}/`);
    expect(home.status).toBe(200);
    expect(home.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('may be framed by the CMS’s admin only, and offers no /_image endpoint to decode media on request', async () => {
    const response = await fetch(await linkFromCms('api::article.article', draft.documentId, 'draft'));
    const policy = response.headers.get('content-security-policy') ?? '';
    const framedByCmsOnly = new RegExp(`frame-ancestors ${new URL(cms.url).origin}(;|,|$)`);
    expect(policy).toMatch(framedByCmsOnly);
    const html = await response.text();
    expect(html).not.toContain('/_image');
    // The prerendered pages and the assets are served by the adapter's static handler, before any middleware.
    const stylesheet = parse(html).querySelector('link[rel="stylesheet"]')?.getAttribute('href');
    expect(stylesheet).toBeTruthy();
    for (const file of ['/', '/articles/', stylesheet ?? '']) {
      const plain = await fetch(`${preview.url}${file}`);
      expect(plain.status, file).toBe(200);
      expect(plain.headers.get('content-security-policy') ?? '', file).toMatch(framedByCmsOnly);
    }
    // An image the media library really holds: the endpoint would fetch, decode and resize it for anyone.
    const files = await fetch(`${cms.url}/upload/files?pageSize=1&filters[mime][$contains]=image/png`, { headers: { authorization: `Bearer ${jwt}` } });
    const [file] = ((await files.json()) as { results: Array<{ url: string }> }).results;
    expect(file?.url).toBeTruthy();
    const resized = await fetch(`${preview.url}/_image?href=${encodeURIComponent(new URL(file?.url ?? '', cms.url).href)}&w=64&h=64&f=webp`);
    expect(resized.status).toBe(404);
    expect(resized.headers.get('content-type') ?? '').not.toMatch(/^image\//);
  });

  it('refuses a link without a valid signature, for another document, or expired', async () => {
    const good = await linkFromCms('api::article.article', draft.documentId, 'draft');
    const unsigned = new URL(good);
    unsigned.search = '';
    const tampered = new URL(good);
    tampered.searchParams.set('signature', 'A'.repeat(43));
    const otherDocument = new URL(good.href.replace(draft.documentId, 'zzzzzzzzzzzzzzzzzzzzzzzz'));
    const expired = new URL(good);
    expired.searchParams.set('expires', '1000');
    for (const link of [unsigned, tampered, otherDocument, expired]) {
      const response = await fetch(link);
      expect(response.status, link.href).toBe(401);
      expect(await response.text()).not.toContain(draft.title);
    }
  });

  it('keeps every draft out of the public build, which has no preview route', () => {
    expect(existsSync(path.join(publicBuild.outDir, 'apercu'))).toBe(false);
    expect(existsSync(path.join(publicBuild.outDir, 'articles', draft.slug))).toBe(false);
    for (const file of listFiles(publicBuild.outDir).filter((f) => /\.(html|xml|json|js)$/.test(f))) {
      const text = readFileSync(path.join(publicBuild.outDir, file), 'utf8');
      expect(text.includes(draft.title) || text.includes(shown(draft.title)), file).toBe(false);
      expect(text.includes(PREVIEW_SECRET), file).toBe(false);
    }
  });
});
