import { existsSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import axe from 'axe-core';
import { XMLParser } from 'fast-xml-parser';
import { HtmlValidate } from 'html-validate';
import { parse, type HTMLElement } from 'node-html-parser';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '@bluehats/rebuild-service';
import { buildSite, createApiToken, launchChromium, listFiles, restWrite, startStrapi, type SiteBuild, type StrapiServer } from '@bluehats/testkit';
import { demoArticles } from '../../cms/src/seed/demo';

const SITE = 'https://bluehats.example.gouv.fr';
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const blocks = (text: string) => [{ __component: 'blocks.rich-text', content: [{ type: 'paragraph', children: [{ type: 'text', text }] }] }];

// An article and a page in both languages (the English version is the same Strapi document in
// locale `en`), and an article only in French.
const BILINGUAL_ARTICLE = {
  fr: { title: 'Article bilingue de la mission', slug: 'article-bilingue', description: 'Un article publié en deux langues.' },
  en: { title: 'A bilingual article of the mission', slug: 'bilingual-article', description: 'An article published in two languages.', legacyPaths: '/en/blog/old-bilingual-article/' },
};
const BILINGUAL_PAGE = {
  fr: { title: 'Page bilingue', slug: 'page-bilingue' },
  en: { title: 'Bilingual page', slug: 'bilingual-page' },
};
const FRENCH_ONLY = { title: 'Article seulement en français', slug: 'article-francais', description: 'Pas de traduction.' };

const EXPECTED = {
  frArticle: `/articles/${BILINGUAL_ARTICLE.fr.slug}/`,
  enArticle: `/en/articles/${BILINGUAL_ARTICLE.en.slug}/`,
  frPage: `/pages/${BILINGUAL_PAGE.fr.slug}/`,
  enPage: `/en/pages/${BILINGUAL_PAGE.en.slug}/`,
  frenchOnly: `/articles/${FRENCH_ONLY.slug}/`,
};

const file = (route: string): string => path.join(route, 'index.html');

describe('the site in French and English', () => {
  let cms: StrapiServer;
  let build: SiteBuild;
  let pages: string[];
  const read = (route: string): HTMLElement => parse(readFileSync(path.join(build.outDir, file(route)), 'utf8'));
  const hreflang = (html: HTMLElement): Record<string, string> =>
    Object.fromEntries(html.querySelectorAll('head link[rel="alternate"][hreflang]').map((link) => [link.getAttribute('hreflang'), new URL(link.getAttribute('href') ?? '').pathname]));
  const selector = (html: HTMLElement): Record<string, string> =>
    Object.fromEntries(html.querySelectorAll('.fr-header .fr-translate a.fr-translate__language').map((link) => [link.getAttribute('hreflang'), link.getAttribute('href') ?? '']));

  beforeAll(async () => {
    cms = await startStrapi();
    const writer = await createApiToken(cms, 'full-access');
    const article = (await restWrite(cms, writer, 'POST', '/api/articles?status=published', { ...BILINGUAL_ARTICLE.fr, date: '2025-03-01', body: blocks('Le texte en français.') })) as { documentId: string };
    await restWrite(cms, writer, 'PUT', `/api/articles/${article.documentId}?locale=en&status=published`, { ...BILINGUAL_ARTICLE.en, date: '2025-03-01', body: blocks('The text in English.') });
    const page = (await restWrite(cms, writer, 'POST', '/api/pages?status=published', { ...BILINGUAL_PAGE.fr, body: blocks('La page en français.') })) as { documentId: string };
    await restWrite(cms, writer, 'PUT', `/api/pages/${page.documentId}?locale=en&status=published`, { ...BILINGUAL_PAGE.en, body: blocks('The page in English.') });
    await restWrite(cms, writer, 'POST', '/api/articles?status=published', { ...FRENCH_ONLY, date: '2025-03-02', body: blocks('Seulement en français.') });
    build = await buildSite({ strapiUrl: cms.url, token: cms.readToken, siteUrl: SITE });
    if (build.code !== 0) throw new Error(build.output);
    pages = listFiles(build.outDir).filter((name) => name.endsWith('index.html') && !name.startsWith('pagefind/'));
  }, 600_000);
  afterAll(async () => {
    await cms?.destroy();
    if (build) rmSync(build.outDir, { recursive: true, force: true });
  });

  it('builds the English home, sections and entry pages, with English text and English dates', () => {
    for (const route of ['/en/', '/en/articles/', '/en/pages/', EXPECTED.enArticle, EXPECTED.enPage, '/en/site-map/', '/en/search/']) {
      expect(existsSync(path.join(build.outDir, file(route))), route).toBe(true);
    }
    const article = read(EXPECTED.enArticle);
    expect(article.querySelector('main h1')?.text).toBe(BILINGUAL_ARTICLE.en.title);
    expect(article.querySelector('main article')?.text).toContain('The text in English.');
    // Intl in British English, not « 1er mars 2025 ».
    expect(article.querySelector('main article time')?.text).toBe('1 March 2025');
    expect(article.querySelector('main article')?.text).toContain('Published on');
    expect(read('/en/articles/').querySelectorAll('main a').map((a) => a.getAttribute('href'))).toContain(EXPECTED.enArticle);
    // A fresh install's English home is not empty: it shows the demo content's newest English article.
    const newestDemo = demoArticles.filter((demo) => demo.english && demo.status === 'published').sort((x, y) => y.date.localeCompare(x.date))[0];
    expect(read('/en/').querySelectorAll('main a').map((a) => a.getAttribute('href'))).toContain(`/en/articles/${newestDemo?.english?.slug ?? '∅'}/`);
    // The French-only article is not on the English site.
    expect(pages.some((name) => name.includes(FRENCH_ONLY.slug) && name.startsWith('en/'))).toBe(false);
    // French pages are untouched by the English content: same title, French date.
    expect(read(EXPECTED.frArticle).querySelector('main article time')?.text).toBe('1er mars 2025');
  });

  it('says the language of every page in <html lang>: English under /en/, French elsewhere', () => {
    const wrong = pages.filter((name) => read(`/${name.replace(/index\.html$/, '')}`).querySelector('html')?.getAttribute('lang') !== (name.startsWith('en/') ? 'en' : 'fr'));
    expect(wrong).toEqual([]);
    // French passages of an English page say so: the Marianne block, the selector's French link.
    const english = read('/en/');
    expect(english.querySelector('.fr-header .fr-logo')?.getAttribute('lang')).toBe('fr');
    expect(english.querySelector('.fr-translate a[hreflang="fr"]')?.getAttribute('lang')).toBe('fr');
  });

  it('links each page to its versions in other languages (hreflang), only where they exist', () => {
    const pair = (fr: string, en: string) => ({ fr, en, 'x-default': fr });
    expect(hreflang(read(EXPECTED.frArticle))).toEqual(pair(EXPECTED.frArticle, EXPECTED.enArticle));
    expect(hreflang(read(EXPECTED.enArticle))).toEqual(pair(EXPECTED.frArticle, EXPECTED.enArticle));
    expect(hreflang(read(EXPECTED.frPage))).toEqual(pair(EXPECTED.frPage, EXPECTED.enPage));
    expect(hreflang(read(EXPECTED.enPage))).toEqual(pair(EXPECTED.frPage, EXPECTED.enPage));
    expect(hreflang(read('/'))).toEqual(pair('/', '/en/'));
    expect(hreflang(read('/articles/'))).toEqual(pair('/articles/', '/en/articles/'));
    expect(hreflang(read(EXPECTED.frenchOnly))).toEqual({});
    // Every alternate of every page is a page of the build.
    const missing = pages.flatMap((name) => Object.values(hreflang(read(`/${name.replace(/index\.html$/, '')}`))).filter((route) => !existsSync(path.join(build.outDir, file(route)))));
    expect(missing).toEqual([]);
  });

  it('lists the alternates in the sitemap (xhtml:link) for translated pages only', () => {
    const xml = readFileSync(path.join(build.outDir, 'sitemap-0.xml'), 'utf8');
    const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url' || name === 'xhtml:link' }).parse(xml) as {
      urlset: { url: { loc: string; 'xhtml:link'?: { '@_hreflang': string; '@_href': string }[] }[] };
    };
    const links = (route: string) =>
      Object.fromEntries((parsed.urlset.url.find((url) => url.loc === `${SITE}${route}`)?.['xhtml:link'] ?? []).map((link) => [link['@_hreflang'], new URL(link['@_href']).pathname]));
    expect(links(EXPECTED.frArticle)).toEqual({ fr: EXPECTED.frArticle, en: EXPECTED.enArticle, 'x-default': EXPECTED.frArticle });
    expect(links(EXPECTED.enPage)).toEqual({ fr: EXPECTED.frPage, en: EXPECTED.enPage, 'x-default': EXPECTED.frPage });
    expect(links(EXPECTED.frenchOnly)).toEqual({});
    expect(parsed.urlset.url.map((url) => url.loc)).toContain(`${SITE}${EXPECTED.enArticle}`);
  });

  it('puts the DSFR language selector on every page, leading to the same content or to the other home, never to a 404', () => {
    expect(selector(read(EXPECTED.frArticle))).toEqual({ fr: EXPECTED.frArticle, en: EXPECTED.enArticle });
    expect(selector(read(EXPECTED.enArticle))).toEqual({ fr: EXPECTED.frArticle, en: EXPECTED.enArticle });
    expect(selector(read(EXPECTED.frenchOnly))).toEqual({ fr: EXPECTED.frenchOnly, en: '/en/' });
    expect(read(EXPECTED.enArticle).querySelector('.fr-translate a[aria-current="true"]')?.getAttribute('hreflang')).toBe('en');
    // Every page of the site, not the bare pages left at old addresses (no header: they send the reader on at once).
    const sitePages = pages.filter((name) => read(`/${name.replace(/index\.html$/, '')}`).querySelector('meta[http-equiv="refresh"]') === null);
    expect(sitePages.length).toBeGreaterThan(20);
    const broken = sitePages.flatMap((name) => {
      const targets = Object.values(selector(read(`/${name.replace(/index\.html$/, '')}`)));
      if (targets.length !== 2) return [`${name}: ${targets.length} langues`];
      return targets.filter((route) => !existsSync(path.join(build.outDir, file(route)))).map((route) => `${name} → ${route}`);
    });
    expect(broken).toEqual([]);
  });

  it('keeps English feeds, search and old addresses apart from the French ones', () => {
    const feed = readFileSync(path.join(build.outDir, 'en/rss.xml'), 'utf8');
    expect(feed).toContain('<language>en</language>');
    expect(feed).toContain(`${SITE}${EXPECTED.enArticle}`);
    expect(feed).not.toContain(FRENCH_ONLY.title);
    const french = readFileSync(path.join(build.outDir, 'rss.xml'), 'utf8');
    expect(french).not.toContain(BILINGUAL_ARTICLE.en.title);
    // Pagefind writes one index per <html lang>: the English search page loads the English one.
    const entry = JSON.parse(readFileSync(path.join(build.outDir, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'fr']);
    expect(entry.languages.en?.page_count).toBeGreaterThanOrEqual(2);
    // The English entry's old address leads to its English page.
    const redirect = readFileSync(path.join(build.outDir, 'en/blog/old-bilingual-article/index.html'), 'utf8');
    expect(redirect).toContain(EXPECTED.enArticle);
    // The English site map lists the English pages.
    expect(read('/en/site-map/').querySelectorAll('main a').map((a) => a.getAttribute('href'))).toEqual(expect.arrayContaining(['/en/', EXPECTED.enArticle, EXPECTED.enPage]));
  });

  it('has valid HTML on English pages (html-validate)', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:standard'],
      rules: { 'no-redundant-role': 'off', 'aria-label-misuse': 'off' },
    });
    const faults: string[] = [];
    for (const name of pages.filter((page) => page.startsWith('en/'))) {
      const report = await validator.validateString(readFileSync(path.join(build.outDir, name), 'utf8'));
      faults.push(...report.results.flatMap((result) => result.messages.map((message) => `${name} ${message.ruleId}: ${message.message}`)));
    }
    expect(faults).toEqual([]);
  });

  describe('in Chromium', () => {
    let server: Server;
    let browser: Browser;
    let base: string;
    beforeAll(async () => {
      server = await serveStatic(() => build.outDir, 0);
      const address = server.address();
      base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
      browser = await launchChromium(chromium);
    });
    afterAll(async () => {
      await browser?.close();
      server?.close();
    });

    it.each(['light', 'dark'] as const)('has no WCAG 2.1 A/AA violation on English pages in the %s theme (axe-core)', async (scheme) => {
      const context = await browser.newContext({ colorScheme: scheme, bypassCSP: true });
      const failures: string[] = [];
      for (const route of ['/en/', '/en/articles/', EXPECTED.enArticle, EXPECTED.enPage, '/en/site-map/', '/en/search/?q=English']) {
        const tab = await context.newPage();
        const response = await tab.goto(`${base}${route}`, { waitUntil: 'load' });
        expect(response?.status(), route).toBe(200);
        expect(await tab.evaluate(() => document.documentElement.getAttribute('data-fr-theme'))).toBe(scheme);
        await tab.addScriptTag({ content: axe.source });
        const result = await tab.evaluate((tags) => (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: 'tag', values: tags } }), WCAG);
        for (const v of result.violations) failures.push(`${route} [${v.id}] ${v.help} : ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
        await tab.close();
      }
      await context.close();
      expect(failures).toEqual([]);
    });

    it('opens the selector and goes to the French version of an English article, then finds English results on the English search page', async () => {
      const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await tab.goto(`${base}${EXPECTED.enArticle}`, { waitUntil: 'load' });
      await tab.click('.fr-header__tools .fr-translate__btn');
      await tab.click('.fr-header__tools .fr-translate a[hreflang="fr"]');
      await tab.waitForURL(`${base}${EXPECTED.frArticle}`);
      expect(await tab.locator('main h1').textContent()).toBe(BILINGUAL_ARTICLE.fr.title);
      await tab.goto(`${base}/en/search/?q=bilingual`, { waitUntil: 'load' });
      const first = tab.locator('#search-results li h2 a').first();
      await first.waitFor({ timeout: 30_000 });
      expect(await first.getAttribute('href')).toMatch(/^\/en\//);
      expect(await tab.locator('#search-status').textContent()).toMatch(/\d+ results? for “bilingual”/);
      await tab.close();
    });
  });
});
