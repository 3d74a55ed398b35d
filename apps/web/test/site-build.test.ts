import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, listFiles, readPage, startStrapi, type SiteBuild, type StrapiServer } from '@bluehats/testkit';

type Entry = { documentId: string; slug: string; title: string };

const page = (build: SiteBuild, route: string): HTMLElement => parse(readPage(build.outDir, route));

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
    cms = await startStrapi({ database: 'sqlite' });
    build = await buildSite({ strapiUrl: cms.url, token: cms.readToken });
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
      expect(list).toContain(article.title);
      const html = page(build, `/articles/${article.slug}/`);
      expect(html.querySelector('h1')?.text.trim()).toBe(article.title);
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
      expect(html.querySelector('h1')?.text.trim()).toBe(call.title);
      expect(html.querySelectorAll('.fr-card').length).toBeGreaterThanOrEqual(3);
      return html.querySelector('.fr-badge')?.text.trim().toLowerCase();
    });
    expect(statuses).toContain('ouvert');
    expect(statuses).toContain('clos');
    expect(page(build, '/appels-a-projets/').text).toContain(calls[0]?.title ?? '∅');
  });

  it('publishes the legal pages', () => {
    for (const slug of ['mentions-legales', 'accessibilite', 'donnees-personnelles', 'a-propos']) {
      expect(existsSync(path.join(build.outDir, 'pages', slug, 'index.html')), slug).toBe(true);
    }
  });

  it('lets no draft and no secret into the output', () => {
    const files = listFiles(build.outDir).filter((f) => /\.(html|js|css|json|xml|txt)$/.test(f));
    for (const file of files) {
      const text = readFileSync(path.join(build.outDir, file), 'utf8');
      expect(text.includes(cms.readToken), file).toBe(false);
      expect(/Brouillon/.test(text), file).toBe(false);
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
