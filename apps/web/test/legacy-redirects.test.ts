import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeLegacyRedirects } from '../src/integrations/legacy-redirects';
import { legacyRedirects, type StoreCollections } from '../src/lib/legacy-redirects';
import { nginxMap, redirectsFile } from '../src/lib/redirect-files';

type Data = Record<string, unknown>;

const store = (collections: Record<string, Record<string, Data>>): StoreCollections =>
  new Map(Object.entries(collections).map(([name, entries]) => [name, new Map(Object.entries(entries).map(([id, data]) => [id, { id, data }]))]));

const now = new Date('2026-06-01T00:00:00Z');

/** The build's side of « Anciennes adresses »: what it writes, and what it refuses to write. */
describe('redirects from the old addresses', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('maps each line of each visible entry to the entry’s page, both with and without the final slash', () => {
    const redirects = legacyRedirects(
      store({
        articles: {
          'mon-article': { title: 'Mon article', legacyPaths: '/fr/blog/mon-article/\r\n\n  /fr/blog/caf%C3%A9  ' },
          'plus-tard': { title: 'Plus tard', legacyPaths: '/fr/blog/plus-tard/', visibleFrom: '2027-01-01T00:00:00Z' },
        },
        events: { 'webinaire-x': { title: 'Webinaire X', legacyPaths: '/fr/webinaires/x/' } },
      }),
      now,
    );
    expect(redirects.map((r) => [r.from, r.to])).toEqual([
      ['/fr/blog/mon-article/', '/articles/mon-article/'],
      ['/fr/blog/caf%C3%A9', '/articles/mon-article/'],
      ['/fr/webinaires/x/', '/evenements/webinaire-x/'],
    ]);
    expect(redirectsFile(redirects)).toContain('/fr/blog/mon-article /articles/mon-article/ 301\n/fr/blog/mon-article/ /articles/mon-article/ 301\n');
    expect(redirectsFile(redirects)).toContain('/fr/blog/caf%C3%A9/ /articles/mon-article/ 301\n');
    // nginx compares the decoded path ($uri).
    expect(nginxMap(redirects)).toContain('"/fr/blog/café/" "/articles/mon-article/";');
  });

  it('adds the old section addresses of the site settings that no entry claims, named after their target', () => {
    const redirects = legacyRedirects(
      store({
        articles: { 'mon-article': { title: 'Mon article', legacyPaths: '/fr/blog/mon-article/\n/fr/blog/' } },
        tags: { forge: { name: 'Forge' } },
        tagsEn: { forge: { name: 'Forge (en)' } },
        siteSettings: {
          'site-setting': {
            sectionRedirects: '/fr/blog/ /evenements/\n/fr/webinaires/ /evenements/\n  /fr/blog/tags/forge/   /tags/forge/ \n/feed/feed.xml /rss.xml\nune ligne sans chemin\n/fr/a";x /articles/\n/en/blog/ /en/articles/\n/en/blog/tags/forge/ /en/tags/forge/',
          },
        },
      }),
      now,
    );
    expect(redirects.map((r) => [r.from, r.to, r.title, r.section ?? false])).toEqual([
      ['/fr/blog/mon-article/', '/articles/mon-article/', 'Mon article', false],
      ['/fr/blog/', '/articles/mon-article/', 'Mon article', false],
      ['/fr/webinaires/', '/evenements/', 'Événements', true],
      ['/fr/blog/tags/forge/', '/tags/forge/', 'Forge', true],
      ['/feed/feed.xml', '/rss.xml', '/rss.xml', true],
      // English targets named in English: their section's English name, their English entry.
      ['/en/blog/', '/en/articles/', 'Articles', true],
      ['/en/blog/tags/forge/', '/en/tags/forge/', 'Forge (en)', true],
    ]);
  });

  it('writes an old section address like an entry’s, leaves out, naming it, one without its page, and never writes over a page', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'bluehats-redirects-'));
    mkdirSync(path.join(dir, 'evenements'), { recursive: true });
    writeFileSync(path.join(dir, 'evenements', 'index.html'), '<title>Événements</title>');
    writeFileSync(path.join(dir, 'rss.xml'), '<rss/>');
    const section = (from: string, to: string) => ({ from, to, title: to, section: true as const });
    const site = 'https://bluehats.example.gouv.fr';
    expect(() => writeLegacyRedirects(dir, [section('/evenements/', '/rss.xml')], site)).toThrow(
      'L’ancienne adresse « /evenements/ » (Réglages du site, « Anciennes adresses des rubriques ») est l’adresse d’une page du site, « Événements » : retirez cette ligne.',
    );
    const { skipped } = writeLegacyRedirects(dir, [section('/fr/webinaires/', '/evenements/'), section('/feed/feed.xml', '/rss.xml'), section('/fr/blog/tags/x/', '/tags/x/')], site);
    expect(skipped).toEqual(['/fr/blog/tags/x/ → /tags/x/ : aucune page à /tags/x/']);
    expect(readFileSync(path.join(dir, 'fr', 'webinaires', 'index.html'), 'utf8')).toContain('<meta http-equiv="refresh" content="0; url=/evenements/">');
    expect(readFileSync(path.join(dir, '_redirects'), 'utf8')).toBe('/fr/webinaires /evenements/ 301\n/fr/webinaires/ /evenements/ 301\n/feed/feed.xml /rss.xml 301\n');
    expect(readFileSync(path.join(dir, 'evenements', 'index.html'), 'utf8')).toBe('<title>Événements</title>');
  });

  it('refuses an old address listed by two entries, naming both', () => {
    const twice = store({
      articles: { a: { title: 'Article A', legacyPaths: '/fr/blog/x/' } },
      pages: { b: { title: 'Page B', legacyPaths: '/fr/blog/x' } },
    });
    expect(() => legacyRedirects(twice, now)).toThrow('« /fr/blog/x » est listée par « Article A » et par « Page B »');
  });

  // Lines that would break out of the nginx map or the redirect page, or climb out of dist.
  it.each(['/fr/a";return 301 https://evil.example;#', '/fr/../../etc/passwd', '//evil.example/', '/fr/%22%3E%3Cscript%3E/', 'https://evil.example/', '/fr/a{b}'])(
    'refuses to write a redirect for %s',
    (line) => {
      expect(() => legacyRedirects(store({ pages: { p: { title: 'Page P', legacyPaths: line } } }), now)).toThrow('ce n’est pas un chemin sûr');
    },
  );

  it('never writes over a page of the site, and names both entries', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'bluehats-redirects-'));
    mkdirSync(path.join(dir, 'articles', 'vrai'), { recursive: true });
    writeFileSync(path.join(dir, 'articles', 'vrai', 'index.html'), '<title>Le vrai article | BlueHats</title>');
    writeFileSync(path.join(dir, 'rss.xml'), '<rss/>');
    const site = 'https://bluehats.example.gouv.fr';
    expect(() => writeLegacyRedirects(dir, [{ from: '/articles/vrai/', to: '/pages/autre/', title: 'Autre page' }], site)).toThrow(
      '« /articles/vrai/ » de « Autre page » est l’adresse d’une page du site, « Le vrai article | BlueHats »',
    );
    expect(() => writeLegacyRedirects(dir, [{ from: '/rss.xml/', to: '/pages/autre/', title: 'Autre page' }], site)).toThrow('« rss.xml »');
    expect(readFileSync(path.join(dir, 'articles', 'vrai', 'index.html'), 'utf8')).toContain('Le vrai article');
    writeLegacyRedirects(dir, [{ from: '/fr/ancienne/', to: '/pages/autre/', title: 'Autre <page>' }], site);
    const page = readFileSync(path.join(dir, 'fr', 'ancienne', 'index.html'), 'utf8');
    expect(page).toContain('<a href="/pages/autre/">Autre &lt;page&gt;</a>');
    expect(page).toContain('<link rel="canonical" href="https://bluehats.example.gouv.fr/pages/autre/">');
  });
});
