import { detailTypes, previewTypes } from '@bluehats/content-types';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse, type HTMLElement } from 'node-html-parser';
import ICAL from 'ical.js';
import { HtmlValidate } from 'html-validate';
import { chromium } from 'playwright-core';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '@bluehats/rebuild-service';
import { previewApiTokenValue } from '../../cms/src/preview/preview-api-token';
import { frenchTypography as shown } from '../src/lib/typography';
import { gluedAcrossElements } from './glued-text';
import { typographyFaults } from './typography';
import {
  buildSite,
  createApiToken,
  launchChromium,
  fullDsfrWeight,
  leaksIn,
  listFiles,
  pageWeight,
  readPage,
  repoRoot,
  restWrite,
  searchFragments,
  startStrapi,
  webDir,
  type SiteBuild,
  type StrapiServer,
} from '@bluehats/testkit';

type Entry = { documentId: string; slug: string; title: string };

// Every secret of a real install, given to the CMS and to the build's environment as npm start does.
const secrets = {
  PREVIEW_SECRET: randomBytes(24).toString('base64url'),
  REBUILD_WEBHOOK_SECRET: randomBytes(24).toString('base64url'),
  STRAPI_IMPORT_TOKEN: randomBytes(48).toString('hex'),
};

const page = (build: SiteBuild, route: string): HTMLElement => parse(readPage(build.outDir, route));

type SiteMapUrl = { loc: string; lastmod?: string };
const asList = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

/** The pages of the sitemap, through its index, each file checked as XML on the way. */
const siteMapUrls = (build: SiteBuild): SiteMapUrl[] => {
  const read = (file: string): string => {
    const xml = readFileSync(path.join(build.outDir, file), 'utf8');
    expect(XMLValidator.validate(xml), file).toBe(true);
    return xml;
  };
  const index = new XMLParser().parse(read('sitemap-index.xml')) as { sitemapindex: { sitemap: { loc: string } | Array<{ loc: string }> } };
  return asList(index.sitemapindex.sitemap).flatMap((entry) => {
    const parsed = new XMLParser().parse(read(new URL(entry.loc).pathname)) as { urlset: { url: SiteMapUrl | SiteMapUrl[] } };
    return asList(parsed.urlset.url);
  });
};

const TYPOGRAPHY_TEXT = {
  time: 'Rendez-vous le 3 mars à 14:00 : inscriptions sur https://exemple.gouv.fr/inscription?session=14:00 ! Pourquoi venir ? Pour « apprendre » ; et «échanger».',
  block: 'const place = libre ? "oui" : "non"; // ok !',
  inline: 'npm run build : ok ?',
};
const TYPOGRAPHY_ARTICLE = {
  title: 'Typographie : un essai',
  slug: 'essai-de-typographie',
  description: 'Un article qui vérifie les espaces : avant la ponctuation haute ; et dans les guillemets !',
  date: '2024-01-02',
  body: [
    {
      __component: 'blocks.rich-text',
      content: [
        { type: 'paragraph', children: [{ type: 'text', text: TYPOGRAPHY_TEXT.time }] },
        { type: 'code', children: [{ type: 'text', text: TYPOGRAPHY_TEXT.block }] },
        { type: 'paragraph', children: [{ type: 'text', text: 'La commande ' }, { type: 'text', code: true, text: TYPOGRAPHY_TEXT.inline }, { type: 'text', text: ' suffit.' }] },
      ],
    },
  ],
};

describe('the site built from a real Strapi with the demo content', () => {
  let cms: StrapiServer;
  let build: SiteBuild;
  let articles: Entry[];
  let calls: Entry[];

  const published = async (type: string): Promise<Entry[]> => {
    const response = await fetch(`${cms.url}/api/${type}?pagination[pageSize]=100&fields[0]=slug&fields[1]=title`, {
      headers: { authorization: `Bearer ${cms.readToken}` },
    });
    return ((await response.json()) as { data: Entry[] }).data;
  };

  beforeAll(async () => {
    cms = await startStrapi({ env: secrets });
    // What the typography must leave as written, beside what it must set: a time, an address, code.
    await restWrite(cms, await createApiToken(cms, 'full-access'), 'POST', '/api/articles?status=published', TYPOGRAPHY_ARTICLE);
    build = await buildSite({ strapiUrl: cms.url, token: cms.readToken, env: secrets });
    if (build.code !== 0) throw new Error(`astro build a échoué :\n${build.output}`);
    articles = await published('articles');
    calls = await published('project-calls');
  });
  afterAll(async () => {
    await cms?.destroy();
    if (build) rmSync(build.outDir, { recursive: true, force: true });
  });

  it('renders the home page in French with the DSFR frame', () => {
    const home = page(build, '/');
    expect(home.querySelector('html')?.getAttribute('lang')).toBe('fr');
    expect(home.querySelector('header.fr-header')).not.toBeNull();
    expect(home.querySelector('footer.fr-footer')).not.toBeNull();
    expect(home.querySelector('.fr-skiplinks')).not.toBeNull();
    expect(home.querySelector('main#contenu')).not.toBeNull();
    expect(home.querySelector('.fr-logo')?.text).toContain('République');
  });

  it('lists every published article and gives each its page', () => {
    const list = page(build, '/articles/').text;
    expect(articles.length).toBeGreaterThanOrEqual(4);
    for (const article of articles) {
      expect(list).toContain(shown(article.title));
      const html = page(build, `/articles/${article.slug}/`);
      expect(html.querySelector('h1')?.text.trim()).toBe(shown(article.title));
    }
  });

  it('renders quotes and videos of article bodies with the DSFR markup', () => {
    const bodies = articles.map((a) => page(build, `/articles/${a.slug}/`));
    const quote = bodies.map((b) => b.querySelector('figure.fr-quote')).find(Boolean);
    expect(quote?.querySelector('blockquote')).toBeTruthy();
    expect(quote?.querySelector('figcaption')).toBeTruthy();
    const media = bodies.map((b) => b.querySelector('figure.fr-content-media')).find((m) => m?.querySelector('iframe'));
    const iframe = media?.querySelector('iframe');
    expect(iframe?.getAttribute('title')).toBeTruthy();
    expect(iframe?.classList.contains('fr-responsive-vid__player')).toBe(true);
    expect(iframe?.getAttribute('src') ?? '').toMatch(/^https:\/\//);
  });

  it('gives each project call a page with its status and proposed projects', () => {
    expect(calls.length).toBeGreaterThanOrEqual(2);
    const statuses = calls.map((call) => {
      const html = page(build, `/appels-a-projets/${call.slug}/`);
      expect(html.querySelector('h1')?.text.trim()).toBe(shown(call.title));
      expect(html.querySelectorAll('.fr-card').length).toBeGreaterThanOrEqual(3);
      return html.querySelector('.fr-badge')?.text.trim().toLowerCase();
    });
    expect(statuses).toContain('ouvert');
    expect(statuses).toContain('clos');
    expect(page(build, '/appels-a-projets/').text).toContain(shown(calls[0]?.title ?? '∅'));
  });

  it('shows an apply button only while a call is open', () => {
    for (const call of calls) {
      const html = page(build, `/appels-a-projets/${call.slug}/`);
      const status = html.querySelector('.fr-badge')?.text.trim().toLowerCase();
      const apply = html.querySelectorAll('a.fr-btn').find((a) => a.text.includes('Candidater'));
      expect(Boolean(apply), call.slug).toBe(status === 'ouvert');
    }
  });

  it('publishes a valid RSS feed of the articles', async () => {
    const xml = readFileSync(path.join(build.outDir, 'rss.xml'), 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = await new Parser().parseString(xml);
    // With the pages' typography: « Atelier BlueHats : réussir… » keeps its colon on the line of the word before.
    expect(feed.items.map((i) => i.title).sort()).toEqual(articles.map((a) => shown(a.title)).sort());
    expect(feed.items.some((i) => i.title?.includes('\u00a0:'))).toBe(true);
    for (const item of feed.items) expect(item.link).toMatch(/^https:\/\/bluehats\.example\.gouv\.fr\/articles\/[a-z0-9-]+\/$/);
    expect(feed.language).toBe('fr');
    // Each item carries the article's full text, as its page shows it, with addresses a reader can follow.
    for (const item of feed.items) {
      const content = parse(String(item['content:encoded'] ?? ''));
      const body = page(build, new URL(item.link ?? '/').pathname).querySelector('article');
      const lastParagraph = body?.querySelectorAll('p').at(-1)?.text.trim() ?? '∅';
      expect(content.text, item.title).toContain(lastParagraph);
      for (const element of content.querySelectorAll('[src], [href]')) {
        expect(element.getAttribute('src') ?? element.getAttribute('href'), item.title).toMatch(/^(https:|mailto:|#)/);
      }
    }
  });

  it('lists every page in a valid sitemap whose links all exist, each entry’s page with its last change', () => {
    const urls = siteMapUrls(build);
    const locs = urls.map((u) => u.loc);
    expect(locs).toContain('https://bluehats.example.gouv.fr/');
    for (const article of articles) expect(locs).toContain(`https://bluehats.example.gouv.fr/articles/${article.slug}/`);
    for (const loc of locs) {
      const route = new URL(loc).pathname;
      expect(existsSync(path.join(build.outDir, route, 'index.html')), route).toBe(true);
    }
    // Every page of the site map pages (French and English), no more: not the search pages, not the redirects of old addresses.
    const planned = ['/plan-du-site/', '/en/site-map/'].flatMap((route) =>
      page(build, route)
        .querySelectorAll('main a')
        .filter((a) => !a.closest('.fr-breadcrumb'))
        .map((a) => `https://bluehats.example.gouv.fr${a.getAttribute('href')}`),
    );
    expect([...locs].sort()).toEqual([...new Set(planned)].sort());
    expect(readFileSync(path.join(build.outDir, 'robots.txt'), 'utf8')).toContain('Sitemap: https://bluehats.example.gouv.fr/sitemap-index.xml');
    const entryPage = new RegExp(`/(${detailTypes.map((type) => type.section).join('|')})/(?!page/)[^/]+/$`);
    const entryPages = urls.filter((u) => entryPage.test(u.loc));
    expect(entryPages.length).toBeGreaterThan(articles.length);
    for (const url of entryPages) expect(Number.isNaN(Date.parse(url.lastmod ?? '')), url.loc).toBe(false);
  });

  it('gives every page a canonical URL, a description and Open Graph metadata', () => {
    for (const route of ['/', '/articles/', `/articles/${articles[0]?.slug}/`, '/appels-a-projets/', '/tags/', '/videos/', '/citations/', '/plan-du-site/']) {
      const html = page(build, route);
      expect(html.querySelector('link[rel="canonical"]')?.getAttribute('href'), route).toBe(`https://bluehats.example.gouv.fr${route}`);
      expect(html.querySelector('meta[name="description"]')?.getAttribute('content'), route).toBeTruthy();
      expect(html.querySelector('meta[property="og:title"]')?.getAttribute('content'), route).toBeTruthy();
      expect(html.querySelector('title')?.text, route).toBeTruthy();
    }
  });

  it('renders the DSFR 404 page, which says « Page non trouvée » once: in its heading, not again in its title', () => {
    const html = parse(readFileSync(path.join(build.outDir, '404.html'), 'utf8'));
    expect(html.querySelector('h1')?.text).toBe('Page non trouvée');
    expect(html.querySelector('title')?.text).toMatch(/^Erreur 404 \| /);
    expect(html.querySelector('header.fr-header')).not.toBeNull();
  });

  it('links each article to its tags, and each tag page back to its published articles', () => {
    const article = articles[0];
    const html = page(build, `/articles/${article?.slug}/`);
    const tagLink = html.querySelector('.fr-tags-group a.fr-tag')?.getAttribute('href') ?? '';
    expect(tagLink).toMatch(/^\/tags\/[a-z0-9-]+\/$/);
    expect(page(build, tagLink).text).toContain(shown(article?.title ?? '∅'));
  });

  it('ships only the DSFR CSS it uses, with icons as files rather than inlined', () => {
    const css = listFiles(build.outDir).filter((f) => f.endsWith('.css'));
    const total = css.reduce((sum, f) => sum + readFileSync(path.join(build.outDir, f)).length, 0);
    const full = readFileSync(path.join(webDir, '../../node_modules/@gouvfr/dsfr/dist/dsfr.min.css')).length;
    expect(total).toBeLessThan(full);
    const all = css.map((f) => readFileSync(path.join(build.outDir, f), 'utf8')).join('\n');
    // Icons are files; the only inline SVGs left are those the DSFR's own component CSS carries.
    expect(all).toMatch(/url\(\/_astro\/fr--theme-fill\.[\w-]+\.svg\)/);
    const imported = [...readFileSync(path.join(webDir, 'src/styles/dsfr.ts'), 'utf8').matchAll(/import '@gouvfr\/dsfr\/(.+?)';/g)];
    const inSources = imported
      .map(([, file]) => readFileSync(path.join(webDir, '../../node_modules/@gouvfr/dsfr', file ?? ''), 'utf8'))
      .reduce((sum, source) => sum + (source.match(/data:image\/svg\+xml/g) ?? []).length, 0);
    expect((all.match(/data:image\/svg\+xml/g) ?? []).length).toBeLessThanOrEqual(inSources);
  });

  it('serves media-library images through Astro’s pipeline: local WebP files, sized, lazy below the fold', () => {
    const html = page(build, '/articles/bilan-bluehats-semester-of-code-2025/');
    const images = html.querySelectorAll('article img');
    expect(images.length).toBeGreaterThanOrEqual(2);
    for (const img of images) {
      expect(img.getAttribute('src'), img.toString()).toMatch(/^\/_astro\/[\w.-]+\.webp$/);
      expect(Number(img.getAttribute('width'))).toBeGreaterThan(0);
      expect(Number(img.getAttribute('height'))).toBeGreaterThan(0);
      expect(img.getAttribute('srcset')).toMatch(/\.webp \d+w/);
    }
    const [cover, ...below] = images;
    expect(cover?.getAttribute('loading')).toBe('eager');
    expect(cover?.getAttribute('alt')).toMatch(/chapeau/);
    for (const img of below) expect(img.getAttribute('loading')).toBe('lazy');
    expect(html.querySelector('figure.fr-content-media figcaption')?.text).toContain('calendrier');
    // Portraits in quotes and covers in article cards come from the same pipeline.
    expect(page(build, '/citations/').querySelector('.fr-quote__image img')?.getAttribute('src')).toMatch(/^\/_astro\/.+\.webp$/);
    expect(page(build, '/articles/').querySelector('.fr-card__img img')?.getAttribute('src')).toMatch(/^\/_astro\/.+\.webp$/);
    for (const file of listFiles(build.outDir).filter((f) => f.endsWith('.html'))) {
      expect(readFileSync(path.join(build.outDir, file), 'utf8').includes(`${cms.url}/uploads`), file).toBe(false);
    }
  });

  it('keeps every page type under 60 KB of CSS (gzip), far below the full DSFR, and reports the weights', () => {
    const routes = ['/', '/articles/', `/articles/${articles[0]?.slug}/`, '/appels-a-projets/', `/appels-a-projets/${calls[0]?.slug}/`, '/videos/', '/citations/', '/tags/', '/recherche/', '/pages/accessibilite/'];
    const full = fullDsfrWeight(repoRoot);
    const weights = routes.map((route) => pageWeight(build.outDir, route));
    console.table(weights.map((w) => ({ page: w.route, 'HTML (Ko gzip)': (w.html / 1024).toFixed(1), 'CSS (Ko gzip)': (w.css / 1024).toFixed(1), 'JS (Ko gzip)': (w.js / 1024).toFixed(1) })));
    console.log(`DSFR complet : CSS ${(full.css / 1024).toFixed(1)} Ko, JS ${(full.js / 1024).toFixed(1)} Ko (gzip)`);
    for (const weight of weights) {
      expect(weight.css, weight.route).toBeGreaterThan(20 * 1024);
      expect(weight.css, weight.route).toBeLessThanOrEqual(60 * 1024);
      expect(weight.css, weight.route).toBeLessThan(full.css);
      expect(weight.js, weight.route).toBeGreaterThan(0);
      expect(weight.js, weight.route).toBeLessThanOrEqual(full.js + 2 * 1024);
    }
  });

  it('lists the events to come and the past ones, each with its status badge, page and calendar file', async () => {
    const response = await fetch(`${cms.url}/api/events?fields[0]=slug&fields[1]=title&fields[2]=startsAt&fields[3]=allDay&sort=startsAt`, {
      headers: { authorization: `Bearer ${cms.readToken}` },
    });
    const events = ((await response.json()) as { data: Array<Entry & { startsAt: string; allDay: boolean | null }> }).data;
    expect(events.length).toBeGreaterThanOrEqual(3);
    const list = page(build, '/evenements/');
    const upcoming = list.querySelector('section[aria-labelledby="a-venir"]')?.text ?? '';
    const past = list.querySelector('section[aria-labelledby="passes"]')?.text ?? '';
    const feed = new ICAL.Component(ICAL.parse(readFileSync(path.join(build.outDir, 'evenements.ics'), 'utf8')));
    expect(feed.getAllSubcomponents('vevent')).toHaveLength(events.length);
    for (const event of events) {
      const html = page(build, `/evenements/${event.slug}/`);
      expect(html.querySelector('h1')?.text.trim()).toBe(shown(event.title));
      const status = html.querySelector('article .fr-badge')?.text.trim();
      const isPast = new Date(event.startsAt).getTime() < Date.now();
      expect(status, event.slug).toBe(isPast ? 'Passé' : 'À venir');
      expect(isPast ? past : upcoming, event.slug).toContain(shown(event.title));
      const ics = new ICAL.Component(ICAL.parse(readFileSync(path.join(build.outDir, 'evenements', `${event.slug}.ics`), 'utf8')));
      const vevent = new ICAL.Event(ics.getFirstSubcomponent('vevent') as ICAL.Component);
      expect(vevent.summary).toBe(event.title);
      if (event.allDay) {
        // Only the day is known: an all-day event on the Paris day of its start, and the page says so.
        expect(vevent.startDate.isDate, event.slug).toBe(true);
        expect(vevent.startDate.toString()).toBe(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date(event.startsAt)));
        expect(html.querySelector('article ul:not(.fr-badges-group)')?.text, event.slug).toContain('horaire non précisé');
      } else expect(vevent.startDate.toJSDate().toISOString()).toBe(new Date(event.startsAt).toISOString());
      expect(vevent.endDate.compare(vevent.startDate)).toBe(1);
    }
    expect(events.some((event) => event.allDay)).toBe(true);
    // The past webinar shows its recording and offers its slides, copied into the site.
    const replay = page(build, '/evenements/webinaire-ouvrir-le-code-source/');
    expect(replay.querySelector('figure.fr-content-media iframe')?.getAttribute('title')).toBeTruthy();
    const slides = replay.querySelector('a.fr-link--download[href^="/fichiers/"]')?.getAttribute('href') ?? '∅';
    expect(readFileSync(path.join(build.outDir, slides)).subarray(0, 5).toString()).toBe('%PDF-');
    expect(page(build, '/').querySelector('header')?.querySelector('a[href="/evenements/"]')).not.toBeNull();
    expect(page(build, '/plan-du-site/').text).toContain(shown(events[0]?.title ?? '∅'));
    expect(siteMapUrls(build).map((u) => u.loc)).toContain(`https://bluehats.example.gouv.fr/evenements/${events[0]?.slug}/`);
  });

  it('writes the dates of cards, calls and events in <time datetime> elements', () => {
    const dateText = /\b\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}\b/;
    const routes = ['/', '/articles/', '/appels-a-projets/', '/evenements/', ...calls.map((c) => `/appels-a-projets/${c.slug}/`), '/evenements/webinaire-ouvrir-le-code-source/'];
    for (const route of routes) {
      const html = page(build, route);
      // Our own date lines: card details, and the list under « Calendrier » or « Informations pratiques »
      // (rich text written by editors may mention dates in prose).
      const infoList = html.querySelectorAll('article h2').find((h) => ['Calendrier', 'Informations pratiques'].includes(h.text.trim()))?.nextElementSibling;
      const places = [...html.querySelectorAll('.fr-card__detail'), ...(infoList?.querySelectorAll('li') ?? [])];
      if (route.split('/').length === 4) expect(infoList?.querySelectorAll('time').length ?? 0, route).toBeGreaterThan(0);
      for (const place of places) {
        for (const time of place.querySelectorAll('time')) {
          expect(time.getAttribute('datetime'), route).toMatch(/^(\d{4}-\d{2}-\d{2}(T[\d:.]+Z)?|P[\dDTHM]+)$/);
          time.remove();
        }
        expect(place.text, `${route} : ${place.text}`).not.toMatch(dateText);
      }
    }
  });

  it('publishes the legal pages', () => {
    // The accessibility statement is kept in the repository (MDX), the others come from the CMS.
    for (const slug of ['mentions-legales', 'accessibilite', 'donnees-personnelles', 'a-propos']) {
      expect(existsSync(path.join(build.outDir, 'pages', slug, 'index.html')), slug).toBe(true);
    }
  });

  it('renders the demo table with the DSFR table component: caption, column and row headers, cells as text', () => {
    const article = page(build, '/articles/bilan-bluehats-semester-of-code-2025/');
    const table = article.querySelector('.fr-table .fr-table__wrapper .fr-table__container .fr-table__content table');
    expect(table?.querySelector('caption')?.text.trim()).toBe('Le calendrier de la promotion 2025');
    const columns = table?.querySelectorAll('thead th') ?? [];
    expect(columns.map((th) => th.text.trim())).toEqual(['Étape', 'Période', 'Ce qui se passe']);
    expect(columns.every((th) => th.getAttribute('scope') === 'col')).toBe(true);
    const rows = table?.querySelectorAll('tbody tr') ?? [];
    expect(rows).toHaveLength(4);
    for (const row of rows) {
      expect(row.firstElementChild?.tagName).toBe('TH');
      expect(row.firstElementChild?.getAttribute('scope')).toBe('row');
      expect(row.querySelectorAll('td')).toHaveLength(2);
    }
    expect(rows[2]?.text).toContain('Mars à août 2025');
  });

  describe('old addresses of the legacy site', () => {
    const oldPath = '/fr/blog/rejoindre-la-communaute/';
    const newPath = '/articles/rejoindre-la-communaute-bluehats/';

    it('writes _redirects and an nginx map from every old address to the new page', () => {
      const redirects = readFileSync(path.join(build.outDir, '_redirects'), 'utf8').split('\n');
      expect(redirects).toContain(`${oldPath} ${newPath} 301`);
      expect(redirects).toContain(`/fr/bluehats/rejoindre ${newPath} 301`);
      const map = readFileSync(path.join(build.outDir, '_redirects.nginx.map'), 'utf8').split('\n');
      expect(map).toContain(`"${oldPath}" "${newPath}";`);
      expect(map).toContain(`"/fr/bluehats/rejoindre/" "${newPath}";`);
    });

    it('leaves at each old path a minimal, valid French page that leads on, not indexed', async () => {
      const html = readPage(build.outDir, oldPath);
      const doc = parse(html);
      expect(doc.querySelector('html')?.getAttribute('lang')).toBe('fr');
      expect(doc.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(`0; url=${newPath}`);
      expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`https://bluehats.example.gouv.fr${newPath}`);
      expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
      expect(doc.querySelector(`a[href="${newPath}"]`)?.text).toBe('Rejoindre la communauté BlueHats');
      expect(html).not.toMatch(/fr-|data-pagefind|<script|<link rel="stylesheet"/);
      const report = await new HtmlValidate({ extends: ['html-validate:standard'] }).validateString(html);
      expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
    });

    it('keeps redirect pages out of the sitemap and out of the search index', () => {
      const locs = siteMapUrls(build).map((u) => new URL(u.loc).pathname);
      expect(locs).toContain(newPath);
      expect(locs.filter((loc) => loc.startsWith('/fr/'))).toEqual([]);
      const urls = searchFragments(build.outDir).map((fragment) => fragment.url);
      expect(urls).toContain(newPath);
      expect(urls.filter((url) => url.startsWith('/fr/'))).toEqual([]);
    });

    it('takes a reader who follows an old link to the new page (our static server, Chromium)', async () => {
      const server = await serveStatic(() => build.outDir, 0);
      const browser = await launchChromium(chromium);
      try {
        const tab = await browser.newPage();
        await tab.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/fr/bluehats/rejoindre`);
        await tab.waitForURL(`**${newPath}`, { timeout: 10_000 });
        expect(await tab.locator('main h1').textContent()).toBe('Rejoindre la communauté BlueHats');
      } finally {
        await browser.close();
        server.close();
      }
    });
  });

  it('sets every page in French typography: no-break spaces before « : ; ! ? » and inside « », no glued words; times, addresses and code as written', () => {
    const pages = listFiles(build.outDir).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(20);
    const faults = pages.flatMap((file) => typographyFaults(readFileSync(path.join(build.outDir, file), 'utf8')).map((fault) => `${file} : ${fault}`));
    expect(faults).toEqual([]);
    // The detector itself: test/typography.test.ts.
    // <pre> parsed as markup (node-html-parser keeps its content as raw text by default).
    const article = parse(readPage(build.outDir, `/articles/${TYPOGRAPHY_ARTICLE.slug}/`), { blockTextElements: { script: true, noscript: true, style: true } });
    const paragraphs = article.querySelectorAll('article p').map((p) => p.text);
    expect(paragraphs).toContain(
      'Rendez-vous le 3 mars à 14:00\u00a0: inscriptions sur https://exemple.gouv.fr/inscription?session=14:00\u202f! Pourquoi venir\u202f? Pour «\u202fapprendre\u202f»\u202f; et «\u202féchanger\u202f».',
    );
    expect(article.querySelector('article pre code')?.text).toBe(TYPOGRAPHY_TEXT.block);
    expect(article.querySelector('article p code')?.text).toBe(TYPOGRAPHY_TEXT.inline);
    expect(article.querySelector('title')?.text).toBe(`Typographie\u00a0: un essai | ${page(build, '/').querySelector('title')?.text}`);
    // Attributes are left as written: the description meta is the editor's text.
    expect(article.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(TYPOGRAPHY_ARTICLE.description);
  });

  it('sets the text of every entry in a reading column of the DSFR grid, not the container’s full width', () => {
    const entryPage = new RegExp(`^(${previewTypes.map((type) => type.section).join('|')})/(?!page/)[^/]+/index\\.html$`);
    const entries = listFiles(build.outDir).filter((file) => entryPage.test(file) && !file.startsWith('fr/'));
    expect(entries.length).toBeGreaterThan(articles.length);
    for (const file of entries) {
      const column = parse(readFileSync(path.join(build.outDir, file), 'utf8')).querySelector('article')?.closest('.fr-col-lg-8');
      expect(column?.classList.contains('fr-col-12'), file).toBe(true);
      expect(column?.parentNode?.classList.contains('fr-grid-row--center'), file).toBe(true);
    }
  });

  it('indexes each page once for the search, its heading as its title only (not again at the start of its excerpt)', () => {
    const indexed = searchFragments(build.outDir).map((fragment) => JSON.parse(fragment.text.slice(fragment.text.indexOf('{'))) as { url: string; content: string; meta: { title: string } });
    const urls = indexed.map((entry) => entry.url);
    expect(urls.filter((url, i) => urls.indexOf(url) !== i)).toEqual([]);
    const legal = indexed.filter((entry) => entry.meta.title === 'Mentions légales');
    expect(legal.map((entry) => entry.url)).toEqual(['/pages/mentions-legales/']);
    for (const entry of indexed) expect(entry.content.startsWith(entry.meta.title), entry.url).toBe(false);
  });

  it('shows readers no letter glued to a digit across an element boundary, on any page (Chromium)', async () => {
    const server = await serveStatic(() => build.outDir, 0);
    const browser = await launchChromium(chromium);
    try {
      const tab = await browser.newPage();
      // The detector itself: the DSFR's card detail is a flex row, which dropped these spaces.
      await tab.setContent('<p style="display:flex">Candidatures jusqu’au <time>31 décembre 2026</time></p><p>de <b>14 h</b></p>');
      expect(await tab.evaluate(gluedAcrossElements)).toEqual(['« Candidatures jusqu’au|31 décembre 2026 »']);
      // Redirect pages of old addresses leave at once: there is nothing to read on them.
      const pages = listFiles(build.outDir).filter((f) => f.endsWith('.html') && !readFileSync(path.join(build.outDir, f), 'utf8').includes('http-equiv="refresh"'));
      expect(pages.length).toBeGreaterThan(20);
      const glued: string[] = [];
      for (const file of pages) {
        await tab.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/${file.replace(/index\.html$/, '')}`, { waitUntil: 'load' });
        for (const place of await tab.evaluate(gluedAcrossElements)) glued.push(`${file} ${place}`);
      }
      expect(glued).toEqual([]);
    } finally {
      await browser.close();
      server.close();
    }
  });

  it('builds again without the heap ceiling when Astro runs out of it, rather than failing, search index included', async () => {
    const cramped = await buildSite({ strapiUrl: cms.url, token: cms.readToken, env: { ...secrets, SITE_BUILD_HEAP_MB: '16' } });
    try {
      expect(cramped.code, cramped.output).toBe(0);
      expect(cramped.output).toContain('le tas de 16 Mo n\'a pas suffi à Astro');
      expect(readPage(cramped.outDir, `/articles/${articles[0]?.slug}/`)).toContain(shown(articles[0]?.title ?? ''));
      expect(existsSync(path.join(cramped.outDir, 'pagefind', 'pagefind-entry.json'))).toBe(true);
    } finally {
      rmSync(cramped.outDir, { recursive: true, force: true });
      rmSync(`${cramped.outDir}-cache`, { recursive: true, force: true });
    }
  });

  it('reads the CMS while Astro starts, each question once, and after an edit of an existing article asks only what changed', async () => {
    // A proxy in front of the CMS notes each read, and how many had come when Astro began its content sync.
    let reads: string[] = [];
    let readsBeforeSync: number | null = null;
    const proxy = createServer((request, response) => {
      if (request.url?.startsWith('/api/')) reads.push(request.url);
      void fetch(`${cms.url}${request.url ?? '/'}`, { headers: { authorization: request.headers.authorization ?? '' } }).then(async (answer) => {
        response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
        response.end(Buffer.from(await answer.arrayBuffer()));
      });
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const outDir = mkdtempSync(path.join(os.tmpdir(), 'bluehats-ahead-'));
    // Each build starts its count afresh; the second one keeps the first one's content store (same folders).
    const buildThroughProxy = () => {
      reads = [];
      readsBeforeSync = null;
      return buildSite({
        strapiUrl: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
        token: cms.readToken,
        env: secrets,
        outDir,
        onOutput: (text) => {
          if (readsBeforeSync === null && text.includes('Syncing content')) readsBeforeSync = reads.length;
        },
      });
    };
    const fullArticleReads = () => reads.filter((url) => url.startsWith('/api/articles?') && url.includes('populate') && !url.includes('filters'));
    const edited = articles[1] ?? articles[0];
    const writer = await createApiToken(cms, 'full-access');
    try {
      const ahead = await buildThroughProxy();
      expect(ahead.code, ahead.output).toBe(0);
      const articleReads = reads.filter((url) => url.startsWith('/api/articles?') && url.includes('populate'));
      expect(articleReads.length).toBeGreaterThan(0);
      expect(readsBeforeSync).toBeGreaterThanOrEqual(articleReads.length);
      expect(reads.filter((url, i) => reads.indexOf(url) !== i)).toEqual([]);
      expect(readPage(ahead.outDir, `/articles/${articles[0]?.slug}/`)).toContain(shown(articles[0]?.title ?? ''));

      // An editor corrects a published article; the next build keeps the store: nothing is asked
      // ahead, no collection is read whole, and the page shows the correction.
      await restWrite(cms, writer, 'PUT', `/api/articles/${edited?.documentId}?status=published`, { title: `${edited?.title} (corrigé)` });
      const after = await buildThroughProxy();
      expect(after.code, after.output).toBe(0);
      expect(readsBeforeSync).toBe(0);
      expect(fullArticleReads()).toEqual([]);
      expect(readPage(outDir, `/articles/${edited?.slug}/`)).toContain(shown(`${edited?.title} (corrigé)`));
    } finally {
      proxy.close();
      await restWrite(cms, writer, 'PUT', `/api/articles/${edited?.documentId}?status=published`, { title: edited?.title ?? '' });
      rmSync(outDir, { recursive: true, force: true });
      rmSync(`${outDir}-cache`, { recursive: true, force: true });
    }
  });

  it('lets no draft, no secret and no address of the CMS into any file of the output, compressed search files included', () => {
    const leaks = leaksIn(build.outDir, {
      'jeton de lecture': cms.readToken,
      'secret des aperçus': secrets.PREVIEW_SECRET,
      'jeton des aperçus': previewApiTokenValue(secrets.PREVIEW_SECRET) ?? '',
      'secret du webhook': secrets.REBUILD_WEBHOOK_SECRET,
      'jeton d’import': secrets.STRAPI_IMPORT_TOKEN,
      'mot de passe de l’administrateur': cms.admin.password,
      'adresse du CMS': new URL(cms.url).host,
      'brouillon de démonstration': 'Brouillon',
    });
    expect(leaks).toEqual([]);
  });

  it('finds a secret inside a gzip file as Pagefind writes them (the search above can fail)', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'leak-scan-'));
    try {
      writeFileSync(path.join(dir, 'fragment.pf_fragment'), gzipSync(`pagefind_dcd{"content":"${secrets.PREVIEW_SECRET}"}`));
      expect(leaksIn(dir, { 'secret des aperçus': secrets.PREVIEW_SECRET })).toEqual(['fragment.pf_fragment : secret des aperçus']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a build that cannot reach the CMS', () => {
  it('fails loudly, naming the address it tried', async () => {
    const result = await buildSite({ strapiUrl: 'http://127.0.0.1:9', token: 'x' });
    rmSync(result.outDir, { recursive: true, force: true });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('http://127.0.0.1:9');
  });
});
