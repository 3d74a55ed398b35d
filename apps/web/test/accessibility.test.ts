import { readFileSync, renameSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import axe from 'axe-core';
import { HtmlValidate } from 'html-validate';
import { parse } from 'node-html-parser';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '@bluehats/rebuild-service';
import { buildSite, createApiToken, launchChromium, listFiles, pageWeight, restWrite, startStrapi, type SiteBuild, type StrapiServer } from '@bluehats/testkit';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// The DSFR's --background-default-grey: #fff in the light theme, #161616 in the dark one.
const BACKGROUND = { light: 'rgb(255, 255, 255)', dark: 'rgb(22, 22, 22)' } as const;
const bodyBackground = (): string => getComputedStyle(document.body).backgroundColor;

const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

// An important-notice banner switched on in the site settings, ending in a year: axe and html-validate check it too.
const NOTICE = {
  noticeText: 'Les candidatures à la prochaine promotion sont prolongées de deux semaines.',
  noticeLink: { label: 'Voir l’appel à projets', url: '/appels-a-projets/' },
  noticeEndsAt: new Date(Date.now() + 365 * 86_400_000).toISOString(),
};

/** Enough articles and videos on top of the demo content for their lists to have a second page, and a notice. */
const fillLists = async (cms: StrapiServer): Promise<void> => {
  const token = await createApiToken(cms, 'full-access');
  await restWrite(cms, token, 'PUT', '/api/site-setting', NOTICE);
  for (let i = 1; i <= 9; i += 1) {
    await restWrite(cms, token, 'POST', '/api/articles?status=published', {
      title: `Note de lecture numéro ${i}`,
      slug: `note-de-lecture-${i}`,
      description: `Une courte note de lecture sur un logiciel libre utilisé dans l’administration (${i}).`,
      date: `2025-0${(i % 9) + 1}-15`,
      body: [{ __component: 'blocks.rich-text', content: paragraph('Le texte de la note tient en un paragraphe.') }],
    });
  }
  for (let i = 1; i <= 8; i += 1) {
    await restWrite(cms, token, 'POST', '/api/videos?status=published', {
      title: `Démonstration numéro ${i}`,
      provider: 'youtube',
      embedUrl: `https://www.youtube-nocookie.com/embed/demo${i}`,
      transcript: paragraph(`Transcription de la démonstration ${i}.`),
    });
  }
};

/** One route per page type: what an RGAA audit would sample. A page type the build lost fails here, never turns into `/`. */
const routeSample = (files: string[]): string[] => {
  const first = (prefix: string): string => {
    const found = files.find((f) => f.startsWith(prefix) && f.endsWith('/index.html') && f.split('/').length === 3);
    if (!found) throw new Error(`aucune page construite sous /${prefix} : ce type de page manque à l’échantillon`);
    return found.replace(/index\.html$/, '');
  };
  return [
    '/',
    '/articles/',
    '/articles/page/2/',
    `/${first('articles/')}`,
    // The demo article with a table (DSFR table component) and a change note (« Mis à jour le », the notes at its bottom).
    '/articles/bilan-bluehats-semester-of-code-2025/',
    // The demo's archived page: the archive notice (DSFR notice) under the header.
    '/pages/plan-action-logiciels-libres-2021/',
    '/appels-a-projets/',
    `/${first('appels-a-projets/')}`,
    '/evenements/',
    '/evenements/webinaire-ouvrir-le-code-source/',
    // A day event (« horaire non précisé »).
    '/evenements/journee-bluehats-2024/',
    `/${first('evenements/rencontre')}`,
    '/pages/accessibilite/',
    // Pages kept in the repository as MDX: the statement's callout and table, then an accordion, a highlight and a card.
    '/pages/developper-avec-bluehats/',
    '/tags/',
    `/${first('tags/')}`,
    '/videos/',
    '/videos/page/2/',
    '/citations/',
    '/plan-du-site/',
    '/recherche/?q=logiciel',
    '/une-page-qui-n-existe-pas/',
  ];
};

/** The file the static build wrote for a sampled route. */
const builtFile = (route: string): string => (route.includes('n-existe-pas') ? '404.html' : path.join(route.split('?')[0] ?? route, 'index.html'));

describe('accessibility of every page type', () => {
  let cms: StrapiServer;
  let build: SiteBuild;
  let server: Server;
  let browser: Browser;
  let base: string;
  let routes: string[];

  beforeAll(async () => {
    cms = await startStrapi();
    await fillLists(cms);
    build = await buildSite({ strapiUrl: cms.url, token: cms.readToken });
    if (build.code !== 0) throw new Error(build.output);
    await cms.destroy();
    server = await serveStatic(() => build.outDir, 0);
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    routes = routeSample(listFiles(build.outDir));
    browser = await launchChromium(chromium);
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
    if (build) rmSync(build.outDir, { recursive: true, force: true });
  });

  it.each(['light', 'dark'] as const)('has no WCAG 2.1 A/AA violation in the %s theme (axe-core, Chromium)', async (scheme) => {
    // axe-core is injected as an inline script, which the pages' policy rightly refuses.
    const context = await browser.newContext({ colorScheme: scheme, bypassCSP: true });
    const failures: string[] = [];
    const check = async (route: string): Promise<void> => {
      const tab = await context.newPage();
      const response = await tab.goto(`${base}${route}`, { waitUntil: 'load' });
      // Every sampled page exists, but the one that checks the 404 page.
      expect(response?.status(), route).toBe(route === '/une-page-qui-n-existe-pas/' ? 404 : 200);
      expect(await tab.evaluate(() => document.documentElement.getAttribute('data-fr-theme'))).toBe(scheme);
      // The colours axe checks are really the theme's: the DSFR's default background, #161616 in dark.
      expect(await tab.evaluate(bodyBackground), route).toBe(BACKGROUND[scheme]);
      await tab.addScriptTag({ content: axe.source });
      const result = await tab.evaluate(
        (tags) => (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: 'tag', values: tags } }),
        WCAG,
      );
      for (const v of result.violations) {
        failures.push(`${route} [${v.id}] ${v.help} : ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
      }
      await tab.close();
    };
    // Two tabs at a time: axe keeps one renderer process busy, and the machine has two cores.
    const queue = [...routes];
    const lane = async (): Promise<void> => {
      for (let route = queue.shift(); route !== undefined; route = queue.shift()) await check(route);
    };
    await Promise.all([lane(), lane()]);
    await context.close();
    expect(failures).toEqual([]);
  });

  it('turns the page dark when a reader on a light system chooses « Thème sombre », and light pages never load the dark colours', async () => {
    const context = await browser.newContext({ colorScheme: 'light' });
    const tab = await context.newPage();
    const stylesheets: string[] = [];
    tab.on('request', (request) => {
      if (request.resourceType() === 'stylesheet') stylesheets.push(new URL(request.url()).pathname);
    });
    await tab.goto(`${base}/`, { waitUntil: 'load' });
    expect(await tab.evaluate(bodyBackground)).toBe(BACKGROUND.light);
    const lightSheets = [...stylesheets];
    await tab.click('button[aria-controls="fr-theme-modal"]');
    await tab.locator('#fr-theme-modal.fr-modal--opened').waitFor({ timeout: 10_000 });
    await tab.click('label[for="fr-radios-theme-dark"]');
    await tab.waitForFunction((dark) => getComputedStyle(document.body).backgroundColor === dark, BACKGROUND.dark, { timeout: 10_000 });
    const darkSheets = stylesheets.filter((sheet) => !lightSheets.includes(sheet));
    expect(darkSheets).toHaveLength(1);
    // The choice is kept: the next page is dark from its first paint, with the same one file more.
    await tab.goto(`${base}/articles/`, { waitUntil: 'load' });
    expect(await tab.evaluate(bodyBackground)).toBe(BACKGROUND.dark);
    expect(await tab.evaluate(() => document.documentElement.getAttribute('data-fr-theme'))).toBe('dark');
    await context.close();
  });

  it('finds an article from the header search bar (Pagefind index, Chromium)', async () => {
    const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await tab.goto(`${base}/`, { waitUntil: 'load' });
    await tab.fill('#header-search-input', 'BlueHats');
    await tab.press('#header-search-input', 'Enter');
    await tab.waitForURL(/\/recherche\/\?q=BlueHats$/);
    const first = tab.locator('#search-results li h2 a').first();
    await first.waitFor({ timeout: 30_000 });
    expect(await first.getAttribute('href')).toMatch(/^\/(articles|appels-a-projets|pages)\/[a-z0-9-]+\/$/);
    expect(await tab.locator('#search-status').textContent()).toMatch(/\d+ résultats? pour «\u202fBlueHats\u202f»/);
    // The tab names the search once: « Recherche : BlueHats | site », not « … | Recherche | site ».
    expect(await tab.title()).toMatch(/^Recherche\u00a0: BlueHats \| (?!Recherche)/);
    expect(await tab.locator('#search-results mark').count()).toBeGreaterThan(0);
    // Words around a match keep their spaces: the excerpt is decoded as text, not parsed as HTML.
    expect(await tab.locator('#search-results p').first().textContent()).toMatch(/BlueHats[\s.,:;!?’']/);
    await tab.close();
  });

  it('lists « Mentions légales » once when a reader searches for it: one result, its title not repeated in its excerpt (Chromium)', async () => {
    const tab = await browser.newPage();
    await tab.goto(`${base}/recherche/?q=${encodeURIComponent('mentions légales')}`, { waitUntil: 'load' });
    await tab.locator('#search-results li h2 a').first().waitFor({ timeout: 30_000 });
    const titles = await tab.locator('#search-results li h2 a').allTextContents();
    expect(titles.filter((title) => title === 'Mentions légales')).toHaveLength(1);
    expect((await tab.locator('#search-results').innerText()).match(/Mentions légales/gi)).toHaveLength(1);
    await tab.close();
  });

  // The fast rebuild puts pages online before their search index is written again: for a few seconds the index
  // still holds an article just unpublished. A reader searching then must not be led to its 404.
  it('does not list a page the site no longer has while the search index still holds it (Chromium)', async () => {
    const article = listFiles(build.outDir).find((file) => /^articles\/[a-z0-9-]+\/index\.html$/.test(file) && !file.startsWith('articles/page/'));
    if (!article) throw new Error('Aucun article construit.');
    const address = `/${article.replace(/index\.html$/, '')}`;
    const title = /<h1[^>]*>([^<]+)<\/h1>/.exec(readFileSync(path.join(build.outDir, article), 'utf8'))?.[1] ?? '';
    const hrefs = async (): Promise<string[]> => {
      const tab = await browser.newPage();
      await tab.goto(`${base}/recherche/?q=${encodeURIComponent(title)}`, { waitUntil: 'load' });
      await tab.waitForFunction(() => !/Recherche en cours/.test(document.getElementById('search-status')?.textContent ?? 'Recherche en cours'), undefined, { timeout: 30_000 });
      const found = await tab.locator('#search-results li h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      await tab.close();
      return found;
    };
    expect(await hrefs()).toContain(address);
    const aside = `${path.join(build.outDir, article)}.aside`;
    renameSync(path.join(build.outDir, article), aside);
    try {
      expect(await hrefs()).not.toContain(address);
    } finally {
      renameSync(aside, path.join(build.outDir, article));
    }
  });

  it('keeps an article’s lines at a readable measure on a wide screen (1,280 px): at most 800 px, about 80 characters', async () => {
    const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await tab.goto(`${base}/articles/bilan-bluehats-semester-of-code-2025/`, { waitUntil: 'load' });
    const widths = await tab.locator('main article > p').evaluateAll((paragraphs) => paragraphs.map((p) => p.getBoundingClientRect().width));
    expect(widths.length).toBeGreaterThan(2);
    for (const width of widths) {
      expect(width).toBeGreaterThan(600);
      expect(width).toBeLessThanOrEqual(800);
    }
    await tab.close();
  });

  it('serves every page with the security headers the build wrote; nothing is blocked and the DSFR scripts work under them', async () => {
    const response = await fetch(`${base}/`);
    expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(response.headers.get('content-security-policy')).toMatch(/frame-src https:\/\/tube\.numerique\.gouv\.fr/);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect((await fetch(`${base}/_headers`)).status).toBe(404);
    const context = await browser.newContext();
    await context.addInitScript(() => {
      const log: string[] = [];
      (window as unknown as { __csp: string[] }).__csp = log;
      document.addEventListener('securitypolicyviolation', (event) => log.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    const tab = await context.newPage();
    const blocked: string[] = [];
    for (const route of routes) {
      await tab.goto(`${base}${route}`, { waitUntil: 'load' });
      await tab.waitForTimeout(200);
      for (const violation of await tab.evaluate(() => (window as unknown as { __csp: string[] }).__csp)) blocked.push(`${route} ${violation}`);
    }
    expect(blocked).toEqual([]);
    await tab.goto(`${base}/`, { waitUntil: 'load' });
    await tab.click('button[aria-controls="fr-theme-modal"]');
    await tab.locator('#fr-theme-modal.fr-modal--opened').waitFor({ timeout: 10_000 });
    await context.close();
  });

  it('shows the notice banner of the site settings right under the header of every page, and announces its end', () => {
    for (const route of routes) {
      // Right after the header, with its own trimmed stylesheet (integrations/dsfr-notice-stylesheet.ts).
      const notice = parse(readFileSync(path.join(build.outDir, builtFile(route)), 'utf8')).querySelector(
        'header.fr-header + link[rel="stylesheet"][href^="/_astro/dsfr-notice."] + div.fr-notice',
      );
      expect(notice, route).not.toBeNull();
      expect(notice?.querySelector('.fr-notice__title')?.text, route).toBe(NOTICE.noticeText);
      expect(notice?.querySelector('a.fr-notice__link')?.getAttribute('href'), route).toBe(NOTICE.noticeLink.url);
    }
    const announced = JSON.parse(readFileSync(path.join(build.outDir, 'echeances.json'), 'utf8')) as { boundaries: { at: string; what: string }[] };
    expect(announced.boundaries).toContainEqual({ at: NOTICE.noticeEndsAt, what: 'fin du bandeau' });
    // On every page while it is on, so its stylesheet is trimmed to our markup: under 1 KB gzip
    // (the DSFR's whole notice.main is 1.5 KB), on top of each page's own CSS only while it is shown.
    const home = pageWeight(build.outDir, '/');
    const noticeSheet =
      parse(readFileSync(path.join(build.outDir, 'index.html'), 'utf8')).querySelector('link[href^="/_astro/dsfr-notice."]')?.getAttribute('href') ?? '';
    const noticeWeight = gzipSync(readFileSync(path.join(build.outDir, noticeSheet))).length;
    expect(noticeWeight).toBeLessThan(1024);
    expect(home.css).toBeLessThanOrEqual(60 * 1024);
    // Every page type with the banner on, the table's and the video's stylesheets included, stays within the budget.
    const overBudget = routes.map((route) => pageWeight(build.outDir, builtFile(route))).filter((weight) => weight.css > 60 * 1024);
    expect(overBudget.map((weight) => `${weight.route} : ${(weight.css / 1024).toFixed(1)} Ko`)).toEqual([]);
  });

  it('has valid HTML on every page type (html-validate)', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:standard'],
      rules: {
        // The DSFR's documented markup puts explicit landmark roles on header, nav, main and footer.
        'no-redundant-role': 'off',
        // DSFR modals are <div class="fr-modal" aria-labelledby>: the DSFR script gives them role="dialog" when opened.
        'aria-label-misuse': 'off',
      },
    });
    const problems: string[] = [];
    for (const route of routes) {
      const report = await validator.validateString(readFileSync(path.join(build.outDir, builtFile(route)), 'utf8'));
      for (const r of report.results) for (const m of r.messages) if (m.severity === 2) problems.push(`${route} ${m.ruleId} l.${m.line}: ${m.message}`);
    }
    expect(problems).toEqual([]);
  });
});
