import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypes } from '@bluehats/content-types';
import { adminSessions, buildSite, createApiToken, listFiles, repoRoot, restWrite, searchFragments, startStrapi, webDir, type SiteBuild, type StrapiServer } from '@bluehats/testkit';
import type { Renderer } from '../src/engine/fast/renderer';
import { storeFileIn } from '../src/engine/astro/astro-internals';
import { fingerprint } from '../src/engine/content/build-fingerprint';
// Pages show titles with French typography (src/middleware.ts): « Atelier BlueHats : … » with a no-break space.
import { frenchTypography as shown } from '../src/lib/typography';
import { FINGERPRINT_FILE } from '../src/engine/content/incremental';
import { ENTRIES_PER_PAGE } from '../src/lib/pagination';

type Article = { documentId: string; slug: string; title: string; date: string };

const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

// Pagefind's index is rewritten each time; every other file must be the static build's, byte for byte.
const comparable = (dir: string): string[] => listFiles(dir).filter((file) => !file.startsWith('pagefind/')).sort();

const expectSameSite = (actual: string, expected: string): void => {
  expect(comparable(actual)).toEqual(comparable(expected));
  const differing = comparable(expected).filter((file) => !readFileSync(path.join(actual, file)).equals(readFileSync(path.join(expected, file))));
  expect(differing).toEqual([]);
};

/** The text of every page of a site's search index. */
const indexedText = (dir: string): string => searchFragments(dir).map((fragment) => fragment.text).join('\n');

/**
 * One sequence of publications, as in production: the renderer keeps its content between them, so
 * each test starts from the output the previous one produced (kept in `latest`), and vitest runs a
 * file's tests in order. Each test checks its output against a full static build of the same content.
 */
describe('the fast rebuild (renderer kept between publications)', () => {
  const now = new Date().toISOString();
  const rendererDir = path.join(webDir, `.renderer-test-${process.pid}`);
  const folders: string[] = [];
  let cms: StrapiServer;
  let writer: string;
  let first: SiteBuild;
  let renderer: Renderer;
  let articles: Article[];
  /** The output of the last update: the base of the next one. */
  let latest: string;
  /** What the renderer said, each collection's sync included (how many entries it read again). */
  const logs: string[] = [];

  const build = async (env: Record<string, string> = {}, config?: string): Promise<SiteBuild> => {
    const result = await buildSite({ strapiUrl: cms.url, token: cms.readToken, env: { BUILD_NOW: now, ...env }, ...(config ? { config } : {}) });
    folders.push(result.outDir, `${result.outDir}-cache`);
    if (result.code !== 0) throw new Error(`astro build a échoué :\n${result.output}`);
    return result;
  };
  const folder = (name: string): string => {
    const dir = `${first.outDir}-${name}`;
    folders.push(dir);
    return dir;
  };

  // Lists nest (an imported page's list inside a list item): the renderer must draw them as the build does.
  const item = (text: string) => ({ type: 'list-item', children: [{ type: 'text', text }] });
  const nestedList = [{ type: 'list', format: 'unordered', children: [item('un'), { type: 'list', format: 'ordered', children: [item('un point un'), item('un point deux')] }, item('deux')] }];

  beforeAll(async () => {
    cms = await startStrapi();
    writer = await createApiToken(cms, 'full-access');
    // Enough articles for the list to have three pages, so that an edit touches only some of them.
    for (let i = 1; i <= 26; i += 1) {
      await restWrite(cms, writer, 'POST', '/api/articles?status=published', {
        title: `Chronique numéro ${i}`,
        slug: `chronique-${i}`,
        description: `Une chronique courte sur les logiciels libres de l’administration (${i}).`,
        date: `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`,
        body: [{ __component: 'blocks.rich-text', content: [...paragraph(`Le texte de la chronique ${i}.`), ...(i === 1 ? nestedList : [])] }],
      });
    }
    first = await build();
    await build({ CONTENT_SOURCE: 'none', RENDERER_OUT_DIR: rendererDir }, 'astro.renderer.config.mjs');
    // The renderer's modules read the CMS's address, the token and the build's clock when imported.
    Object.assign(process.env, { STRAPI_URL: cms.url, STRAPI_TOKEN: cms.readToken, BUILD_NOW: now });
    const { createRenderer } = await import('../src/engine/fast/renderer');
    renderer = await createRenderer({ rendererDir, storeFile: storeFileIn(`${first.outDir}-cache`), log: (message) => logs.push(message) });
    renderer.reload();
    const response = await fetch(`${cms.url}/api/articles?sort=date:desc&fields[0]=slug&fields[1]=title&fields[2]=date&pagination[pageSize]=100`, { headers: { authorization: `Bearer ${cms.readToken}` } });
    articles = ((await response.json()) as { data: Article[] }).data;
  });
  afterAll(async () => {
    await renderer?.close();
    await cms?.destroy();
    for (const dir of [...folders, rendererDir]) rmSync(dir, { recursive: true, force: true });
  });

  it('renders, with nothing edited, exactly the pages of the static build', async () => {
    const out = folder('same');
    const result = await renderer.update({ base: first.outDir, outDir: out });
    expect(result.kind === 'full' ? result.reason : result.kind).toBe('partial');
    expectSameSite(out, first.outDir);
    expect(readFileSync(path.join(first.outDir, 'articles/chronique-1/index.html'), 'utf8')).toMatch(/<li[^>]*>un<ol[^>]*><li[^>]*>un point un<\/li><li[^>]*>un point deux<\/li><\/ol><\/li><li[^>]*>deux<\/li>/);
    // The static build marked how far the articles its tags embed went: the first sync after it does not take
    // every article edited since the tags' own last edit for new, and read each tag again with all its articles.
    const tagsLine = logs.find((entry) => entry.startsWith('[tags]')) ?? '';
    expect(tagsLine).toMatch(/relues/);
    expect(Number(/(\d+) relues/.exec(tagsLine)?.[1])).toBeLessThanOrEqual(1);
    // The render threads started (render-pool.ts): the pages below are rendered on every core, and must still match a full build.
    expect(logs.filter((entry) => entry.startsWith('rendu sur un seul cœur'))).toEqual([]);
    latest = out;
  });

  it('after an edit, renders only the pages it changed and gives the site a full build of the new content gives; drafts stay out', async () => {
    const [newest, edited, older] = articles;
    if (!newest || !edited || !older) throw new Error('Il faut au moins trois articles de démonstration.');
    await restWrite(cms, writer, 'PUT', `/api/articles/${edited.documentId}?status=published`, { title: `${edited.title} (modifié)` });
    await restWrite(cms, writer, 'PUT', `/api/articles/${older.documentId}?status=draft`, { title: 'Titre de brouillon jamais publié' });
    const draft = await fetch(`${cms.url}/api/articles/${older.documentId}?status=draft&fields[0]=title`, { headers: { authorization: `Bearer ${writer}` } });
    expect(((await draft.json()) as { data: Article }).data.title).toBe('Titre de brouillon jamais publié');
    const out = folder('edited');
    const result = await renderer.update({ base: latest, outDir: out });
    expect(result).toMatchObject({ kind: 'partial' });
    if (result.kind !== 'partial') return;
    // Not the other articles' pages: they are taken from the previous output.
    expect(result.rendered).toBeLessThan(comparable(first.outDir).filter((file) => file.endsWith('.html')).length - articles.length + 3);
    expect(readFileSync(path.join(out, 'articles', edited.slug, 'index.html'), 'utf8')).toContain(shown(`${edited.title} (modifié)`));
    // Its neighbours name it in their previous / next links.
    expect(readFileSync(path.join(out, 'articles', newest.slug, 'index.html'), 'utf8')).toContain(shown(`${edited.title} (modifié)`));
    const full = await build();
    expectSameSite(out, full.outDir);
    expect(listFiles(out).some((file) => readFileSync(path.join(out, file)).includes('Titre de brouillon jamais publié'))).toBe(false);
    // The sitemap is written again (the edited article's lastmod moved), not taken from the previous output.
    expect(readFileSync(path.join(out, 'sitemap-0.xml'), 'utf8')).not.toBe(readFileSync(path.join(latest, 'sitemap-0.xml'), 'utf8'));
    // Served with the previous index (the search works meanwhile), then indexed again: the new title is found.
    expect(indexedText(out)).not.toContain(shown(`${edited.title} (modifié)`));
    expect(indexedText(out)).toContain(shown(edited.title));
    expect(await result.reindex()).toBeGreaterThan(articles.length);
    expect(indexedText(out)).toContain(shown(`${edited.title} (modifié)`));
    expect(readdirSync(out).filter((name) => name.startsWith('pagefind'))).toEqual(['pagefind']);
    // The previous output's index, whose files the new output linked, is left as it was.
    expect(indexedText(latest)).not.toContain(shown(`${edited.title} (modifié)`));
    latest = out;
  });

  it('after an article moves in the list (new date), renders the list pages and the neighbours it changed, and nothing else', async () => {
    const moved = articles.at(-1);
    if (!moved) throw new Error('Aucun article.');
    await restWrite(cms, writer, 'PUT', `/api/articles/${moved.documentId}?status=published`, { date: '2025-12-31' });
    const out = folder('moved');
    const result = await renderer.update({ base: latest, outDir: out });
    expect(result).toMatchObject({ kind: 'partial' });
    const full = await build();
    expectSameSite(out, full.outDir);
    latest = out;
  });

  it('after an edit that keeps the order, renders only the list page that shows the article', async () => {
    const edited = articles[14];
    if (!edited) throw new Error('Il faut au moins quinze articles.');
    await restWrite(cms, writer, 'PUT', `/api/articles/${edited.documentId}?status=published`, { description: 'Un résumé réécrit par la rédaction.' });
    const out = folder('described');
    const result = await renderer.update({ base: latest, outDir: out });
    expect(result).toMatchObject({ kind: 'partial' });
    const full = await build();
    expectSameSite(out, full.outDir);
    if (result.kind !== 'partial') return;
    // Rendered again: its own page and the one list page that shows it; the other list pages are kept as they were.
    expect(result.renderedFiles).toContain(`articles/${edited.slug}/index.html`);
    const lists = result.renderedFiles.filter((file) => /^articles\/(index\.html|page\/)/.test(file));
    expect(lists).toHaveLength(1);
    expect(readFileSync(path.join(out, lists[0] ?? ''), 'utf8')).toContain('Un résumé réécrit par la rédaction.');
    expect(comparable(out).filter((file) => /^articles\/(index\.html|page\/)/.test(file)).length).toBeGreaterThanOrEqual(3);
    expect(result.rendered).toBeLessThan(25);
    latest = out;
  });

  it('after a tagged article is renamed, reads again only its tags (not every tag with all its articles) and renders their pages', async () => {
    const response = await fetch(`${cms.url}/api/tags?populate[articles][fields][0]=title&pagination[pageSize]=100`, { headers: { authorization: `Bearer ${cms.readToken}` } });
    const tags = ((await response.json()) as { data: Array<{ slug: string; articles: Article[] }> }).data;
    const tagsOf = (documentId: string) => tags.filter((tag) => tag.articles.some((a) => a.documentId === documentId));
    const article = tags.flatMap((tag) => tag.articles)[0];
    if (!article) throw new Error('Aucun article étiqueté dans le contenu de démonstration.');
    const itsTags = tagsOf(article.documentId);
    expect(itsTags.length).toBeLessThan(tags.length);
    await restWrite(cms, writer, 'PUT', `/api/articles/${article.documentId}?status=published`, { title: `${article.title} (renommé)` });
    logs.length = 0;
    const out = folder('renamed');
    const result = await renderer.update({ base: latest, outDir: out });
    expect(result).toMatchObject({ kind: 'partial' });
    // Read again: its tags, and at most the tag edited last (each collection asks again for its own entries of the instant it
    // last saw). Edits followed by earlier updates, the same instant included, are not followed again.
    const line = logs.find((entry) => entry.startsWith('[tags]')) ?? '';
    const [, reread, modified] = /^\[tags\] \d+ entrées publiées, (\d+) relues depuis la dernière construction ; 0 nouvelles, (\d+) modifiées, 0 retirées\.$/.exec(line) ?? [];
    expect(line).toMatch(/relues/);
    expect(Number(modified)).toBe(itsTags.length);
    expect(Number(reread)).toBeGreaterThanOrEqual(itsTags.length);
    expect(Number(reread)).toBeLessThanOrEqual(Math.min(itsTags.length + 1, tags.length - 1));
    for (const tag of itsTags) expect(readFileSync(path.join(out, 'tags', tag.slug, 'index.html'), 'utf8')).toContain(shown(`${article.title} (renommé)`));
    const full = await build();
    expectSameSite(out, full.outDir);
    latest = out;
  });

  it('after a tagged article is archived, renders its page with the notice and the lists, tags and feed without it, as a full build does (issue 33)', async () => {
    const response = await fetch(`${cms.url}/api/tags?populate[articles][fields][0]=slug&pagination[pageSize]=100`, { headers: { authorization: `Bearer ${cms.readToken}` } });
    const tags = ((await response.json()) as { data: Array<{ slug: string; articles: Article[] }> }).data;
    const tag = tags.find((candidate) => candidate.articles.length > 0);
    const article = tag?.articles[0];
    if (!tag || !article) throw new Error('Aucun article étiqueté dans le contenu de démonstration.');
    await restWrite(cms, writer, 'PUT', `/api/articles/${article.documentId}?status=published`, { archived: true, archiveReason: 'une chronique plus récente le remplace' });
    const out = folder('archived');
    const result = await renderer.update({ base: latest, outDir: out });
    expect(result).toMatchObject({ kind: 'partial' });
    expect(readFileSync(path.join(out, 'articles', article.slug, 'index.html'), 'utf8')).toContain(shown('Cette page est archivée : une chronique plus récente le remplace.'));
    for (const file of ['articles/index.html', `tags/${tag.slug}/index.html`, 'rss.xml', 'index.html']) {
      expect(readFileSync(path.join(out, file), 'utf8'), file).not.toContain(`/articles/${article.slug}/`);
    }
    const full = await build();
    expectSameSite(out, full.outDir);
    latest = out;
  });

  it('after an article with old addresses is renamed, writes its redirect pages with the new title, without a full build', async () => {
    const response = await fetch(`${cms.url}/api/articles?filters[legacyPaths][$notNull]=true&fields[0]=title&fields[1]=legacyPaths&pagination[pageSize]=100`, {
      headers: { authorization: `Bearer ${cms.readToken}` },
    });
    const [moved] = ((await response.json()) as { data: Array<{ documentId: string; title: string; legacyPaths: string }> }).data;
    if (!moved) throw new Error('Aucun article de démonstration n’a d’anciennes adresses.');
    const oldPage = `${moved.legacyPaths.split('\n')[0]?.replace(/^\/+/, '')}index.html`;
    expect(readFileSync(path.join(latest, oldPage), 'utf8')).toContain(shown(moved.title));
    await restWrite(cms, writer, 'PUT', `/api/articles/${moved.documentId}?status=published`, { title: `${moved.title} (nouveau titre)` });
    const out = folder('redirect-title');
    const result = await renderer.update({ base: latest, outDir: out });
    expect(result).toMatchObject({ kind: 'partial' });
    if (result.kind !== 'partial') return;
    expect(result.renderedFiles).toContain(oldPage);
    expect(readFileSync(path.join(out, oldPage), 'utf8')).toContain(shown(`${moved.title} (nouveau titre)`));
    // Written anew, not through the link: the previous output keeps its own page.
    expect(readFileSync(path.join(latest, oldPage), 'utf8')).not.toContain('(nouveau titre)');
    const full = await build();
    expectSameSite(out, full.outDir);
    latest = out;
  });

  /** Renders after `edit` from the last output, checks it against a full build of the same content, and makes it the next base. */
  const publish = async (name: string, edit: () => Promise<unknown>) => {
    await edit();
    logs.length = 0;
    const out = folder(name);
    const result = await renderer.update({ base: latest, outDir: out });
    if (result.kind !== 'partial') throw new Error(`Construction complète demandée : ${result.reason}`);
    const full = await build();
    expectSameSite(out, full.outDir);
    latest = out;
    return { out, result };
  };
  const articlePage = (slug: string): string => `articles/${slug}/index.html`;
  /** How many entries a collection's sync of the last update read again; null when it read them all. */
  const readAgain = (collection: string): number | null => {
    const line = logs.find((entry) => entry.startsWith(`[${collection}] `)) ?? '';
    expect(line).not.toBe('');
    const reread = /(\d+) relues depuis la dernière construction/.exec(line)?.[1];
    return reread === undefined ? null : Number(reread);
  };
  const unpublish = async (documentId: string, locale?: string): Promise<void> => {
    const admin = await adminSessions(cms, { admin: cms.admin });
    const inLocale = locale ? `?locale=${locale}` : '';
    const reply = await admin.call('admin', 'POST', `/content-manager/collection-types/${contentTypes.articles.uid}/${documentId}/actions/unpublish${inLocale}`, {});
    expect(reply.status).toBe(200);
  };

  it('after a new article, renders its page, the lists, its tag and the home page, and keeps the other articles’ pages', async () => {
    const tags = ((await (await fetch(`${cms.url}/api/tags?pagination[pageSize]=100`, { headers: { authorization: `Bearer ${cms.readToken}` } })).json()) as { data: Array<{ documentId: string; slug: string }> }).data;
    const [tag] = tags;
    if (!tag) throw new Error('Aucune étiquette de démonstration.');
    const { out, result } = await publish('new', () =>
      restWrite(cms, writer, 'POST', '/api/articles?status=published', {
        title: 'Une chronique toute neuve',
        slug: 'chronique-neuve',
        description: 'Publiée à l’instant.',
        date: now.slice(0, 10),
        tags: [tag.documentId],
        body: [{ __component: 'blocks.rich-text', content: paragraph('Le texte de la chronique neuve.') }],
      }),
    );
    expect(result.renderedFiles).toEqual(expect.arrayContaining([articlePage('chronique-neuve'), 'articles/index.html', `tags/${tag.slug}/index.html`, 'index.html', 'rss.xml']));
    // The collections that embed articles read again the entries the new one names (its tag), not all their entries.
    expect(readAgain('tags')).toBeLessThanOrEqual(2);
    expect(readAgain('projectCalls')).toBeLessThanOrEqual(1);
    expect(readFileSync(path.join(out, 'articles/index.html'), 'utf8')).toContain(shown('Une chronique toute neuve'));
    // An article far from it in the list is taken from the previous output.
    const far = articles[12];
    if (!far) throw new Error('Il faut au moins treize articles.');
    expect(result.renderedFiles).not.toContain(articlePage(far.slug));
  });

  // An article translated into English: the same document in locale `en`, with its own slug (issue 32).
  const translated = { slug: 'english-chronicle', title: 'A chronicle in English', description: 'Published in English too.' };

  // With it, as many chronicles the other tests leave alone as a list page holds: one English article more than a page,
  // so that the English list has a second page, which it loses when the translation is unpublished.
  const reserved = (i: number): boolean => [0, 1, 2, 5, 6, 7, 10, 12, 14, articles.length - 1].includes(i);
  const alsoTranslated = () => articles.filter((article, i) => !reserved(i) && article.slug.startsWith('chronique-')).slice(0, ENTRIES_PER_PAGE);
  const englishSecondPage = 'en/articles/page/2/index.html';

  it('after an English translation is published, renders its English page and the French page whose language selector now leads to it', async () => {
    const original = articles[10];
    if (!original) throw new Error('Il faut au moins onze articles.');
    expect(alsoTranslated()).toHaveLength(ENTRIES_PER_PAGE);
    const { out, result } = await publish('translated', async () => {
      await restWrite(cms, writer, 'PUT', `/api/articles/${original.documentId}?locale=en&status=published`, {
        ...translated,
        date: original.date,
        body: [{ __component: 'blocks.rich-text', content: paragraph('The text of the chronicle in English.') }],
      });
      for (const other of alsoTranslated()) {
        await restWrite(cms, writer, 'PUT', `/api/articles/${other.documentId}?locale=en&status=published`, {
          title: `${other.title} in English`,
          slug: `${other.slug}-in-english`,
          description: 'A chronicle in English.',
          date: other.date,
          body: [{ __component: 'blocks.rich-text', content: paragraph('A chronicle in English.') }],
        });
      }
    });
    // The English list's pages, the second one new: the same bytes as a full build (publish compares them).
    expect(result.renderedFiles).toEqual(expect.arrayContaining([`en/${articlePage(translated.slug)}`, articlePage(original.slug), 'en/articles/index.html', englishSecondPage]));
    expect(parse(readFileSync(path.join(out, englishSecondPage), 'utf8')).querySelector('nav.fr-pagination a[aria-current="page"]')?.text).toBe('2');
    expect(readFileSync(path.join(out, articlePage(original.slug)), 'utf8')).toContain(`href="/en/articles/${translated.slug}/"`);
    // Another French article's page does not change.
    expect(result.renderedFiles).not.toContain(articlePage(articles[12]?.slug ?? '∅'));
  });

  it('after an English correction, renders the English pages alone, not the French ones', async () => {
    const original = articles[10];
    if (!original) throw new Error('Il faut au moins onze articles.');
    const { out, result } = await publish('english-correction', () =>
      restWrite(cms, writer, 'PUT', `/api/articles/${original.documentId}?locale=en&status=published`, { title: `${translated.title} (corrected)` }),
    );
    expect(readFileSync(path.join(out, `en/${articlePage(translated.slug)}`), 'utf8')).toContain(`${translated.title} (corrected)`);
    expect(result.renderedFiles).toContain(`en/${articlePage(translated.slug)}`);
    // Every page of the English list follows an English edit.
    expect(result.renderedFiles).toEqual(expect.arrayContaining(['en/articles/index.html', englishSecondPage]));
    // Its French version, the French lists and the other French articles are taken from the previous output.
    expect(result.renderedFiles.filter((file) => file.startsWith('articles/'))).toEqual([]);
  });

  it('after the English version is unpublished, its page is gone, nothing links to it, and the French page keeps its place with a selector to the English home', async () => {
    const original = articles[10];
    if (!original) throw new Error('Il faut au moins onze articles.');
    const englishPage = `en/${articlePage(translated.slug)}`;
    expect(existsSync(path.join(latest, englishPage))).toBe(true);
    // The English list's second page holds what the first does not (the demo content's English articles count too).
    const secondPageCards = (dir: string): number =>
      existsSync(path.join(dir, englishSecondPage)) ? parse(readFileSync(path.join(dir, englishSecondPage), 'utf8')).querySelectorAll('main .fr-card').length : 0;
    const before = secondPageCards(latest);
    expect(before).toBeGreaterThan(0);
    const { out, result } = await publish('english-unpublished', () => unpublish(original.documentId, 'en'));
    expect(existsSync(path.join(out, englishPage))).toBe(false);
    const html = listFiles(out).filter((file) => file.endsWith('.html'));
    expect(html.filter((file) => readFileSync(path.join(out, file), 'utf8').includes(`/en/articles/${translated.slug}/`))).toEqual([]);
    // The French version stays online; its selector now leads to the English home, and it has no hreflang left.
    const french = parse(readFileSync(path.join(out, articlePage(original.slug)), 'utf8'));
    expect(french.querySelector('.fr-translate a[hreflang="en"]')?.getAttribute('href')).toBe('/en/');
    expect(french.querySelectorAll('link[rel="alternate"][hreflang]')).toEqual([]);
    expect(result.renderedFiles).toContain(articlePage(original.slug));
    // One English article fewer: one card fewer on the list's second page (gone with its last card), as from a full build (publish compares the files).
    expect(secondPageCards(out)).toBe(before - 1);
  });

  it('after an article is unpublished, its page is gone (404, not a stale copy) and no page lists it', async () => {
    const gone = articles[5];
    if (!gone) throw new Error('Il faut au moins six articles.');
    expect(existsSync(path.join(latest, articlePage(gone.slug)))).toBe(true);
    const tagged = await fetch(`${cms.url}/api/tags?populate[articles][fields][0]=slug&pagination[pageSize]=100`, { headers: { authorization: `Bearer ${cms.readToken}` } });
    const tagsShowing = ((await tagged.json()) as { data: Array<{ articles: Article[] }> }).data.filter((tag) => tag.articles.some((article) => article.slug === gone.slug));
    const { out, result } = await publish('unpublished', () => unpublish(gone.documentId));
    expect(existsSync(path.join(out, articlePage(gone.slug)))).toBe(false);
    // Told from the memory which article went: the tags that showed it are read again, not every tag with all its articles.
    // (Each collection asks again for its own entries of the instant it last saw: one more at most.)
    expect(readAgain('tags')).toBeGreaterThanOrEqual(tagsShowing.length);
    expect(readAgain('tags')).toBeLessThanOrEqual(tagsShowing.length + 1);
    expect(readAgain('projectCalls')).toBeLessThanOrEqual(1);
    // A French edit leaves the English list's pages as they were.
    expect(result.renderedFiles.filter((file) => file.startsWith('en/articles/'))).toEqual([]);
    expect(listFiles(out).filter((file) => file.endsWith('.html')).some((file) => readFileSync(path.join(out, file), 'utf8').includes(`/articles/${gone.slug}/`))).toBe(false);
  });

  it('after an article is deleted, its page is gone and every page follows', async () => {
    const gone = articles[6];
    if (!gone) throw new Error('Il faut au moins sept articles.');
    const { out } = await publish('deleted', () => restWrite(cms, writer, 'DELETE', `/api/articles/${gone.documentId}`));
    expect(existsSync(path.join(out, articlePage(gone.slug)))).toBe(false);
  });

  it('after a slug change, the new address has the page and the old one answers 404', async () => {
    const renamed = articles[7];
    if (!renamed) throw new Error('Il faut au moins huit articles.');
    const { out } = await publish('slug', () => restWrite(cms, writer, 'PUT', `/api/articles/${renamed.documentId}?status=published`, { slug: `${renamed.slug}-nouvelle-adresse` }));
    expect(existsSync(path.join(out, articlePage(renamed.slug)))).toBe(false);
    expect(readFileSync(path.join(out, articlePage(`${renamed.slug}-nouvelle-adresse`)), 'utf8')).toContain(shown(renamed.title));
  });

  it('after a tag is renamed, the pages that show it follow', async () => {
    const response = await fetch(`${cms.url}/api/tags?populate[articles][fields][0]=slug&pagination[pageSize]=100`, { headers: { authorization: `Bearer ${cms.readToken}` } });
    const tag = ((await response.json()) as { data: Array<{ documentId: string; slug: string; name: string; articles: Article[] }> }).data.find((entry) => entry.articles.length > 0);
    if (!tag) throw new Error('Aucune étiquette portée par un article.');
    const { out } = await publish('tag', () => restWrite(cms, writer, 'PUT', `/api/tags/${tag.documentId}`, { name: `${tag.name} renommée` }));
    expect(readFileSync(path.join(out, `tags/${tag.slug}/index.html`), 'utf8')).toContain(shown(`${tag.name} renommée`));
  });

  // The tagline is in the header of every page, in the description of the pages without one, and in the home page's own content.
  it('after the site settings change, puts every page in its new frame, and renders whole the home page, which shows the tagline in its content', async () => {
    const { out, result } = await publish('settings', () => restWrite(cms, writer, 'PUT', '/api/site-setting', { tagline: 'Une devise écrite pour ce test' }));
    const pages = listFiles(out).filter((file) => file.endsWith('.html'));
    expect(pages.filter((file) => !result.renderedFiles.includes(file))).toEqual([]);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toContain(shown('Une devise écrite pour ce test'));
    expect(readFileSync(path.join(out, articlePage(articles[12]?.slug ?? '')), 'utf8')).toContain(shown('Une devise écrite pour ce test'));
    // Spliced, not rendered: all but one page of each route and the pages no frame fits.
    expect(result.framed).toBeGreaterThan(pages.length / 2);
  });

  // The active menu item differs from page to page: each page's frame is its own.
  it('after a menu item is added, every page shows it, marked current on the pages of its section only', async () => {
    const reply = await fetch(`${cms.url}/api/navigation?populate[mainMenu]=true`, { headers: { authorization: `Bearer ${cms.readToken}` } });
    const menu = ((await reply.json()) as { data: { mainMenu: Array<{ label: string; url: string }> } }).data.mainMenu.map(({ label, url }) => ({ label, url }));
    const { out, result } = await publish('navigation', () => restWrite(cms, writer, 'PUT', '/api/navigation', { mainMenu: [...menu, { label: 'Thèmes', url: '/tags/' }] }));
    const current = '<a class="fr-nav__link" href="/tags/" aria-current="page">';
    expect(readFileSync(path.join(out, 'tags/index.html'), 'utf8')).toContain(current);
    const article = readFileSync(path.join(out, articlePage(articles[12]?.slug ?? '')), 'utf8');
    expect(article).toContain('<a class="fr-nav__link" href="/tags/">');
    expect(article).not.toContain(current);
    expect(result.framed).toBeGreaterThan(listFiles(out).filter((file) => file.endsWith('.html')).length / 2);
  });

  it('after a new event with slides, renders its page, its calendar file and the agenda, and copies its slides', async () => {
    // The slides go to the media library first, as an editor's upload does.
    const form = new FormData();
    form.append('files', new Blob(['%PDF-1.4\n% Supports de l’atelier\n%%EOF\n'], { type: 'application/pdf' }), 'supports-atelier-relecture.pdf');
    const upload = await fetch(`${cms.url}/api/upload`, { method: 'POST', headers: { authorization: `Bearer ${writer}` }, body: form });
    expect(upload.status).toBe(201);
    const [slides] = (await upload.json()) as Array<{ id: number; url: string }>;
    if (!slides) throw new Error('Téléversement sans fichier.');
    const { out, result } = await publish('event', () =>
      restWrite(cms, writer, 'POST', '/api/events?status=published', {
        title: 'Atelier de relecture des contributions',
        slug: 'atelier-relecture',
        summary: 'Un atelier pour relire ensemble les contributions.',
        kind: 'atelier',
        startsAt: new Date(Date.parse(now) + 20 * 86_400_000).toISOString(),
        durationMinutes: 90,
        onlineUrl: 'https://visio.example.gouv.fr/atelier',
        slides: slides.id,
      }),
    );
    const copied = `fichiers/${slides.url.split('/').pop() ?? ''}`;
    expect(result.renderedFiles).toEqual(expect.arrayContaining(['evenements/atelier-relecture/index.html', 'evenements/atelier-relecture.ics', copied]));
    expect(readFileSync(path.join(out, 'evenements/index.html'), 'utf8')).toContain(shown('Atelier de relecture des contributions'));
    expect(readFileSync(path.join(out, copied), 'utf8')).toContain('Supports de l’atelier');
  });

  it('hands over to a full build when the code changed, a shared package’s sources included', async () => {
    // The fingerprint's inputs copied aside: the same fingerprint, until packages/content-types/src/blocks.ts changes.
    const tree = mkdtempSync(path.join(os.tmpdir(), 'bluehats-fingerprint-'));
    folders.push(tree);
    const web = path.join(tree, 'apps/web');
    for (const name of ['src', 'public', ...readdirSync(webDir).filter((file) => /^astro\..*config\.mjs$/.test(file))]) cpSync(path.join(webDir, name), path.join(web, name), { recursive: true });
    for (const name of readdirSync(path.join(repoRoot, 'packages'))) {
      const src = path.join(repoRoot, 'packages', name, 'src');
      if (existsSync(src)) cpSync(src, path.join(tree, 'packages', name, 'src'), { recursive: true });
    }
    cpSync(path.join(repoRoot, 'package-lock.json'), path.join(tree, 'package-lock.json'));
    expect(fingerprint(web)).toBe(fingerprint(webDir));
    appendFileSync(path.join(tree, 'packages/content-types/src/blocks.ts'), '\n// Une ligne de plus.\n');
    const changed = fingerprint(web);
    expect(changed).not.toBe(fingerprint(webDir));
    // An output made by that code: the renderer keeps nothing from it.
    const base = folder('other-code');
    cpSync(latest, base, { recursive: true });
    writeFileSync(path.join(base, FINGERPRINT_FILE), JSON.stringify({ fingerprint: changed }));
    expect(await renderer.update({ base, outDir: folder('after-code-change') })).toEqual({ kind: 'full', reason: 'le code a changé depuis la dernière construction' });
  });
});
