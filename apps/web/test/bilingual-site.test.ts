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
import { en } from '../src/lib/i18n/ui/en';
import { fr } from '../src/lib/i18n/ui/fr';
import { ENTRIES_PER_PAGE } from '../src/lib/pagination';
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
// What the English article and event show of the interface beyond their text: an external link, a video with its
// transcript, a length of time.
const VIDEO = {
  fr: { title: 'Démonstration bilingue', transcript: [{ type: 'paragraph', children: [{ type: 'text', text: 'La transcription.' }] }] },
  en: { title: 'A bilingual demonstration', transcript: [{ type: 'paragraph', children: [{ type: 'text', text: 'The transcript.' }] }] },
};
const EVENT = {
  shared: { kind: 'atelier', startsAt: '2030-06-04T08:00:00.000Z', durationMinutes: 90, place: 'Paris' },
  fr: { title: 'Atelier bilingue', slug: 'atelier-bilingue', summary: 'Un atelier en deux langues.' },
  en: { title: 'A bilingual workshop', slug: 'bilingual-workshop', summary: 'A workshop in two languages.' },
};
const FRENCH_ONLY = { title: 'Article seulement en français', slug: 'article-francais', description: 'Pas de traduction.' };
// More articles in both languages, older than the bilingual one: with it (and the demo content's
// few English articles), more English articles than a list page holds, so that /en/articles/ has a
// second page, which ends with the oldest.
const NOTES = Array.from({ length: ENTRIES_PER_PAGE }, (_, i) => ({
  date: `2025-02-${String(i + 1).padStart(2, '0')}`,
  fr: { title: `Note numéro ${i + 1}`, slug: `note-${i + 1}`, description: `Une note courte (${i + 1}).` },
  en: { title: `Note number ${i + 1}`, slug: `note-number-${i + 1}`, description: `A short note (${i + 1}).` },
}));

const EXPECTED = {
  frArticle: `/articles/${BILINGUAL_ARTICLE.fr.slug}/`,
  enArticle: `/en/articles/${BILINGUAL_ARTICLE.en.slug}/`,
  frPage: `/pages/${BILINGUAL_PAGE.fr.slug}/`,
  enPage: `/en/pages/${BILINGUAL_PAGE.en.slug}/`,
  frenchOnly: `/articles/${FRENCH_ONLY.slug}/`,
  enEvent: `/en/events/${EVENT.en.slug}/`,
  enSecondPage: '/en/articles/page/2/',
  oldestNote: `/en/articles/${NOTES[0]?.en.slug}/`,
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
    const video = (await restWrite(cms, writer, 'POST', '/api/videos?status=published', { ...VIDEO.fr, provider: 'youtube', embedUrl: 'https://www.youtube-nocookie.com/embed/bilingual' })) as { documentId: string };
    await restWrite(cms, writer, 'PUT', `/api/videos/${video.documentId}?locale=en&status=published`, { ...VIDEO.en, provider: 'youtube', embedUrl: 'https://www.youtube-nocookie.com/embed/bilingual' });
    const article = (await restWrite(cms, writer, 'POST', '/api/articles?status=published', { ...BILINGUAL_ARTICLE.fr, date: '2025-03-01', body: blocks('Le texte en français.') })) as { documentId: string };
    const link = { type: 'link', url: 'https://code.gouv.fr/', children: [{ type: 'text', text: 'the public code' }] };
    await restWrite(cms, writer, 'PUT', `/api/articles/${article.documentId}?locale=en&status=published`, {
      ...BILINGUAL_ARTICLE.en,
      date: '2025-03-01',
      body: [...blocks('The text in English.'), { __component: 'blocks.rich-text', content: [{ type: 'paragraph', children: [{ type: 'text', text: 'See ' }, link] }] }, { __component: 'blocks.video', video: video.documentId }],
    });
    const event = (await restWrite(cms, writer, 'POST', '/api/events?status=published', { ...EVENT.fr, ...EVENT.shared })) as { documentId: string };
    await restWrite(cms, writer, 'PUT', `/api/events/${event.documentId}?locale=en&status=published`, { ...EVENT.en, ...EVENT.shared });
    const page = (await restWrite(cms, writer, 'POST', '/api/pages?status=published', { ...BILINGUAL_PAGE.fr, body: blocks('La page en français.') })) as { documentId: string };
    await restWrite(cms, writer, 'PUT', `/api/pages/${page.documentId}?locale=en&status=published`, { ...BILINGUAL_PAGE.en, body: blocks('The page in English.') });
    await restWrite(cms, writer, 'POST', '/api/articles?status=published', { ...FRENCH_ONLY, date: '2025-03-02', body: blocks('Seulement en français.') });
    for (const note of NOTES) {
      const created = (await restWrite(cms, writer, 'POST', '/api/articles?status=published', { ...note.fr, date: note.date, body: blocks('Une note.') })) as { documentId: string };
      await restWrite(cms, writer, 'PUT', `/api/articles/${created.documentId}?locale=en&status=published`, { ...note.en, date: note.date, body: blocks('A note.') });
    }
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

  it('cuts the English article list into pages of the size of the French one, newest first, with the DSFR pagination in English', () => {
    const cards = (route: string) => read(route).querySelectorAll('main .fr-card a').map((a) => a.getAttribute('href'));
    const first = cards('/en/articles/');
    const rest = cards(EXPECTED.enSecondPage);
    expect(first).toHaveLength(ENTRIES_PER_PAGE);
    expect(first).toContain(EXPECTED.enArticle);
    expect(first).not.toContain(EXPECTED.oldestNote);
    expect(rest.at(-1)).toBe(EXPECTED.oldestNote);
    // Newest first across the pages: the bilingual article before every note, each note before the older ones.
    const all = [...first, ...rest];
    const notes = NOTES.map((note) => all.indexOf(`/en/articles/${note.en.slug}/`));
    expect(notes.every((at, i) => at > all.indexOf(EXPECTED.enArticle) && (i === 0 || at < (notes[i - 1] ?? -1)))).toBe(true);
    const second = read(EXPECTED.enSecondPage);
    expect(second.querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(second.querySelector('title')?.text).toMatch(/^Articles, page 2 of 2 \| /);
    expect(second.querySelector('main h1')?.text).toBe('Articles (page 2 of 2)');
    // The DSFR pagination's words from the English dictionary, its links to the English pages.
    const links = (route: string) =>
      read(route).querySelectorAll('nav.fr-pagination a').map((a) => [a.text, a.getAttribute('href') ?? (a.getAttribute('aria-disabled') ? 'disabled' : 'current')]);
    expect(read('/en/articles/').querySelector('nav.fr-pagination')?.getAttribute('aria-label')).toBe('Pagination');
    expect(links('/en/articles/')).toEqual([['First page', 'disabled'], ['Previous page', 'disabled'], ['1', 'current'], ['2', EXPECTED.enSecondPage], ['Next page', EXPECTED.enSecondPage], ['Last page', EXPECTED.enSecondPage]]);
    expect(links(EXPECTED.enSecondPage)).toEqual([['First page', '/en/articles/'], ['Previous page', '/en/articles/'], ['1', '/en/articles/'], ['2', 'current'], ['Next page', 'disabled'], ['Last page', 'disabled']]);
    expect(second.querySelector('nav.fr-pagination a[aria-current="page"]')?.getAttribute('title')).toBe('Page 2');
    // The French list keeps its French words, from the French dictionary.
    const french = read('/articles/page/2/');
    expect(french.querySelector('title')?.text).toMatch(/^Articles, page 2 sur \d+ \| /);
    expect(french.querySelectorAll('nav.fr-pagination a').map((a) => a.text)).toContain('Page précédente');
    // The English site map lists the second page.
    expect(read('/en/site-map/').querySelectorAll('main a').map((a) => a.getAttribute('href'))).toContain(EXPECTED.enSecondPage);
  });

  it('shows no word of the French interface on English pages, but in passages marked French', () => {
    // The English words where the components said French whatever the page: a video's transcript, an external link, a length of time.
    const article = read(EXPECTED.enArticle);
    expect(article.querySelector('main .fr-transcription__btn')?.text).toBe('Transcript');
    expect(article.querySelector('main .fr-btn--fullscreen')?.getAttribute('aria-label')).toBe('Enlarge the transcript');
    expect(article.querySelector('main .fr-modal__title')?.text).toBe(`Transcript: ${VIDEO.en.title}`);
    expect(article.querySelector('main a[href="https://code.gouv.fr/"]')?.getAttribute('title')).toBe('the public code - new window');
    expect(read(EXPECTED.enEvent).querySelector('main time[datetime="PT1H30M"]')?.text).toBe('1 h 30 min');
    expect(read(`/evenements/${EVENT.fr.slug}/`).querySelector('main time[datetime="PT1H30M"]')?.text).toBe('1 h 30');
    // The English event's calendar file is beside its page, in English (it used to lead to a French address with no file).
    const calendarHref = read(EXPECTED.enEvent).querySelector('main a.fr-link--download')?.getAttribute('href') ?? '';
    expect(calendarHref).toBe(`/en/events/${EVENT.en.slug}.ics`);
    // Its lines unfolded (RFC 5545 folds them at 75 octets).
    const calendarFile = readFileSync(path.join(build.outDir, calendarHref), 'utf8').replace(/\r\n[ \t]/g, '');
    expect(calendarFile).toContain(`SUMMARY:${EVENT.en.title}`);
    expect(calendarFile).toContain(`Event page: ${SITE}${EXPECTED.enEvent}`);
    expect(calendarFile).not.toContain('Page de l’événement');
    // Every French string of the dictionary that English says otherwise, but its {places} and its shortest words (« par », « du »).
    const french = Object.entries(fr).flatMap(([key, value]) => (value !== en[key as keyof typeof en] && !value.includes('{') && value.trim().length >= 5 ? [value.trim()] : []));
    expect(french).toEqual(expect.arrayContaining(['Page suivante', 'Agrandir la transcription', 'nouvelle fenêtre', 'Page archivée']));
    const found = pages.filter((name) => name.startsWith('en/')).flatMap((name) => {
      const html = read(`/${name.replace(/index\.html$/, '')}`);
      for (const passage of html.querySelectorAll('[lang]').filter((element) => element.getAttribute('lang')?.startsWith('fr'))) passage.remove();
      // What a reader sees or hears: the text, and the attributes read out (not class names such as fr-pagination).
      const labels = html.querySelectorAll('[title], [aria-label], [alt]').flatMap((element) => ['title', 'aria-label', 'alt'].map((name) => element.getAttribute(name) ?? ''));
      const shown = [html.text, ...labels].join('\n');
      return french.filter((words) => shown.includes(words)).map((words) => `${name}: « ${words} »`);
    });
    expect(found).toEqual([]);
  });

  it('says « page not found » on the one 404 page in French, then in English in a passage marked English', () => {
    const html = parse(readFileSync(path.join(build.outDir, '404.html'), 'utf8'));
    expect(html.querySelector('html')?.getAttribute('lang')).toBe('fr');
    expect(html.querySelector('main h1')?.text).toBe('Page non trouvée');
    const english = html.querySelector('main [lang="en"]');
    expect(english?.querySelector('h2')?.text).toBe('Page not found');
    expect(english?.text).toContain('Error 404');
    expect(english?.querySelector('a.fr-btn')?.getAttribute('href')).toBe('/en/');
    // French first.
    expect(html.toString().indexOf('Page non trouvée')).toBeLessThan(html.toString().indexOf('Page not found'));
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
      for (const route of ['/en/', '/en/articles/', EXPECTED.enSecondPage, EXPECTED.enArticle, EXPECTED.enPage, '/en/site-map/', '/en/search/?q=English']) {
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
