import { readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { videoHosts } from '@bluehats/content-policy';
import { serveStatic } from '@bluehats/rebuild-service';
import { buildSite, createApiToken, launchChromium, listFiles, restWrite, startStrapi, type SiteBuild, type StrapiServer } from '@bluehats/testkit';
import { xssPayloads } from './fixtures/xss-payloads';

const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];
const cut = (text: string, max: number): string => text.slice(0, max);

/** One article per payload, the payload in every free-text and HTML field an editor can fill. */
// Strapi's rich-text validator refuses links that are not URLs: there the payload rides in the query.
const hostileArticle = (payload: string, i: number) => ({
  title: cut(`Essai ${i} ${payload}`, 160),
  slug: `essai-xss-${i}`,
  description: cut(payload, 320),
  date: '2026-01-01',
  authors: [{ name: cut(payload, 120), role: cut(payload, 200) }],
  seo: { metaTitle: cut(payload, 70), metaDescription: cut(payload, 160) },
  body: [
    { __component: 'blocks.rich-text', content: [{ type: 'paragraph', children: [{ type: 'text', text: payload }, { type: 'link', url: `https://exemple.gouv.fr/?q=${encodeURIComponent(payload)}`, children: [{ type: 'text', text: payload }] }] }] },
    { __component: 'blocks.legacy-html', html: payload },
    { __component: 'blocks.callout', title: cut(payload, 120), text: cut(payload, 800), link: { label: cut(payload, 80), url: payload } },
    { __component: 'blocks.highlight', text: payload },
    { __component: 'blocks.quote', text: payload, authorName: cut(payload, 120), authorRole: cut(payload, 200) },
    { __component: 'blocks.accordion', title: cut(payload, 120), items: [{ title: cut(payload, 120), content: paragraph(payload) }] },
    { __component: 'blocks.table', caption: cut(payload, 300), rows: [{ cells: `${payload}\n${payload}` }, { cells: payload }] },
  ],
});

const SAFE_URL = /^(https?:|mailto:|\/|#|$)/i;

/** Every way a page could run code it did not get from us. */
// A redirect page of an old address (listed in _redirects) may send the reader to a path of this site, nowhere else.
const executableParts = (html: HTMLElement, ourInlineScript: string, redirectPage = false): string[] => {
  const found: string[] = [];
  for (const element of html.querySelectorAll('*')) {
    const tag = element.rawTagName.toLowerCase();
    if (tag === 'script') {
      const src = element.getAttribute('src');
      if (!(src?.startsWith('/_astro/') || (!src && element.innerHTML.trim() === ourInlineScript))) found.push(`script ${element.toString().slice(0, 80)}`);
    }
    if (['object', 'embed', 'base', 'frame', 'frameset', 'applet'].includes(tag)) found.push(`<${tag}>`);
    if (tag === 'meta' && /refresh/i.test(element.getAttribute('http-equiv') ?? '')) {
      if (!redirectPage || !/^0; url=\/[^/\\]/.test(element.getAttribute('content') ?? '')) found.push(`meta refresh ${element.getAttribute('content')}`);
    }
    for (const [name, value] of Object.entries(element.attributes)) {
      if (/^on/i.test(name)) found.push(`${tag}[${name}]`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'background', 'data'].includes(name.toLowerCase()) && !SAFE_URL.test(value.trim())) {
        found.push(`${tag}[${name}=${value.slice(0, 40)}]`);
      }
    }
    if (tag === 'iframe' && !videoHosts.some((host) => (element.getAttribute('src') ?? '').startsWith(`https://${host}/`))) {
      found.push(`iframe ${element.getAttribute('src')}`);
    }
  }
  return found;
};

describe('hostile content never executes on the public site', () => {
  let cms: StrapiServer;
  let build: SiteBuild;
  let server: Server;
  let base: string;
  let created: string[] = [];
  let refused: string[] = [];

  beforeAll(async () => {
    cms = await startStrapi();
    const token = await createApiToken(cms, 'full-access');
    for (const [i, payload] of xssPayloads.entries()) {
      try {
        await restWrite(cms, token, 'POST', '/api/articles?status=published', hostileArticle(payload, i));
        created.push(`essai-xss-${i}`);
      } catch (error) {
        refused.push(`${i}: ${(error as Error).message.slice(0, 200)}`);
      }
    }
    await restWrite(cms, token, 'POST', '/api/quotes?status=published', { text: xssPayloads[0], authorName: cut(xssPayloads[6] ?? '', 120), source: xssPayloads[2], sourceUrl: 'javascript:alert(1)' });
    build = await buildSite({ strapiUrl: cms.url, token: cms.readToken });
    if (build.code !== 0) throw new Error(build.output);
    server = await serveStatic(() => build.outDir, 0);
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  }, 600_000);
  afterAll(async () => {
    server?.close();
    await cms?.destroy();
    if (build) rmSync(build.outDir, { recursive: true, force: true });
  });

  it(`stores at least 50 of the ${xssPayloads.length} payloads in every field (the CMS may refuse a few at save time)`, () => {
    expect(xssPayloads.length).toBeGreaterThanOrEqual(55);
    expect(created.length, refused.join('\n')).toBeGreaterThanOrEqual(50);
  });

  it('produces no script, event handler, dangerous URL or foreign frame in any built page (HTML parsed)', () => {
    const home = parse(readFileSync(path.join(build.outDir, 'index.html'), 'utf8'));
    const ourInlineScript = home.querySelectorAll('script:not([src])')[0]?.innerHTML.trim() ?? '';
    expect(ourInlineScript).toContain("localStorage.getItem('scheme')");
    const problems: string[] = [];
    const redirectPages = new Set(
      readFileSync(path.join(build.outDir, '_redirects'), 'utf8')
        .split('\n')
        .map((line) => line.split(' ')[0] ?? '')
        .filter((from) => from.endsWith('/'))
        .map((from) => `${decodeURI(from).slice(1)}index.html`),
    );
    expect(redirectPages.size).toBeGreaterThan(0);
    for (const file of listFiles(build.outDir).filter((f) => f.endsWith('.html'))) {
      const html = parse(readFileSync(path.join(build.outDir, file), 'utf8'));
      for (const part of executableParts(html, ourInlineScript, redirectPages.has(file))) problems.push(`${file}: ${part}`);
    }
    expect(problems).toEqual([]);
  });

  it('never opens a dialog nor sets a marker in real Chromium, on any page carrying a payload', async () => {
    const browser = await launchChromium(chromium);
    const fired: string[] = [];
    try {
      const context = await browser.newContext();
      await context.addInitScript(() => {
        (window as unknown as { __xss?: number }).__xss = 0;
      });
      const tab = await context.newPage();
      tab.on('dialog', (dialog) => {
        fired.push(`${tab.url()}: ${dialog.message()}`);
        void dialog.dismiss();
      });
      for (const route of [...created.map((slug) => `/articles/${slug}/`), '/citations/', '/articles/', '/plan-du-site/']) {
        await tab.goto(`${base}${route}`, { waitUntil: 'load' });
        // Hover and focus everything, so mouseover/focus handlers would have had their chance.
        await tab.evaluate(() => {
          for (const element of document.querySelectorAll('main *')) {
            element.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
            element.dispatchEvent(new FocusEvent('focus'));
          }
        });
        if (await tab.evaluate(() => (window as unknown as { __xss?: number }).__xss)) fired.push(`${route}: window.__xss`);
      }
    } finally {
      await browser.close();
    }
    expect(fired).toEqual([]);
  });
});
