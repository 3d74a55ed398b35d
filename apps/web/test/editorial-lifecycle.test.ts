import { readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '@bluehats/rebuild-service';
import {
  adminSessions,
  buildCmsWithAdmin,
  buildSite,
  createApiToken,
  launchChromium,
  logInToAdmin,
  readPage,
  restWrite,
  searchFragments,
  startStrapi,
  testEditors,
  testEditorsEnv,
  type SiteBuild,
  type StrapiServer,
} from '@bluehats/testkit';

type Json = Record<string, unknown>;
type Who = 'admin' | keyof typeof testEditors;

const articleUid = 'api::article.article';
const pageUid = 'api::page.page';
const paragraph = (text: string) => [{ __component: 'blocks.rich-text', content: [{ type: 'paragraph', children: [{ type: 'text', text }] }] }];
// Pages are composed in French (src/middleware.ts): compare text with its spaces made plain.
const plain = (text: string | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * The editorial lifecycle of issue 33, from the editor's request to the built site: change notes
 * published with a correction (admin and REST), minor corrections that leave no trace, archiving
 * (a Publication decision that Rédaction cannot take) and its undoing, unpublishing with a
 * replacement. One Strapi, two builds.
 */
describe('the editorial lifecycle: change notes, archived pages, unpublishing with a replacement', () => {
  let cms: StrapiServer;
  let writer: string;
  let sessions: Awaited<ReturnType<typeof adminSessions<Who>>>;
  let browser: Browser;
  const builds: SiteBuild[] = [];
  const ids: Record<'noted' | 'minor' | 'archived' | 'replaced' | 'replacement' | 'page', string> = { noted: '', minor: '', archived: '', replaced: '', replacement: '', page: '' };
  let minorRevisedAt = '';

  const call = (who: Who, method: string, path: string, data?: Json) => sessions.call<Json>(who, method, path, data);
  const entry = (uid: string, documentId: string, action = ''): string => `/content-manager/collection-types/${uid}/${documentId}${action ? `/actions/${action}` : ''}`;
  const published = async (collection: string, documentId: string): Promise<Json> => {
    const response = await fetch(`${cms.url}/api/${collection}/${documentId}?populate[changeNotes]=true`, { headers: { authorization: `Bearer ${writer}` } });
    return ((await response.json()) as { data: Json }).data;
  };
  const sectionRedirects = async (): Promise<string> => {
    const response = await fetch(`${cms.url}/api/site-setting?fields[0]=sectionRedirects`, { headers: { authorization: `Bearer ${writer}` } });
    return String(((await response.json()) as { data: Json }).data.sectionRedirects ?? '');
  };
  const build = async (): Promise<SiteBuild> => {
    const result = await buildSite({ strapiUrl: cms.url, token: cms.readToken });
    builds.push(result);
    if (result.code !== 0) throw new Error(`astro build a échoué :\n${result.output}`);
    return result;
  };
  const rssItem = (out: string, slug: string): string | undefined =>
    readFileSync(path.join(out, 'rss.xml'), 'utf8').split('<item>').find((item) => item.includes(`/articles/${slug}/</link>`));

  beforeAll(async () => {
    buildCmsWithAdmin();
    cms = await startStrapi({ serveAdmin: true, timeoutMs: 300_000, env: testEditorsEnv() });
    browser = await launchChromium(chromium);
    writer = await createApiToken(cms, 'full-access');
    sessions = await adminSessions(cms, { admin: cms.admin, ...testEditors });
    const article = async (slug: string, title: string, date: string): Promise<string> =>
      String((await restWrite(cms, writer, 'POST', '/api/articles?status=published', { title, slug, description: `Résumé de l’article « ${title} ».`, date, body: paragraph(`Le texte de l’article « ${title} ».`) })).documentId);
    ids.noted = await article('calendrier-des-candidatures', 'Le calendrier des candidatures', '2026-12-01');
    ids.minor = await article('faute-corrigee', 'Un article corrigé en silence', '2026-12-02');
    ids.archived = await article('ancien-plan', 'Un plan qui sera archivé', '2026-12-06');
    ids.replaced = await article('ancienne-annonce', 'Une annonce remplacée', '2026-12-03');
    ids.replacement = await article('nouvelle-annonce', 'La nouvelle annonce', '2026-12-04');
    ids.page = String((await restWrite(cms, writer, 'POST', '/api/pages?status=published', { title: 'Plan d’action 2019', slug: 'plan-action-2019', body: paragraph('Les engagements de 2019.') })).documentId);
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    for (const result of builds) rmSync(result.outDir, { recursive: true, force: true });
    await cms?.destroy();
  });

  it('publishes a correction’s note from the admin and from REST, dated and in order, and empties the draft’s note', async () => {
    expect((await call('publication', 'PUT', entry(articleUid, ids.noted), { updateNote: 'Ajout du calendrier des candidatures.' })).status).toBe(200);
    // Saved, not yet published: the public entry has no note.
    expect((await published('articles', ids.noted)).changeNotes).toEqual([]);
    expect((await call('publication', 'POST', entry(articleUid, ids.noted, 'publish'), {})).status).toBe(200);
    await restWrite(cms, writer, 'PUT', `/api/articles/${ids.noted}?status=published`, { updateNote: 'Correction de la date de clôture.' });
    const notes = (await published('articles', ids.noted)).changeNotes as Array<{ date: string; text: string }>;
    expect(notes.map((note) => note.text)).toEqual(['Ajout du calendrier des candidatures.', 'Correction de la date de clôture.']);
    expect(Date.parse(notes[1]?.date ?? '')).toBeGreaterThanOrEqual(Date.parse(notes[0]?.date ?? ''));
    const draft = (await call('publication', 'GET', entry(articleUid, ids.noted))).body.data as Json;
    expect(draft).toMatchObject({ updateNote: null, minorCorrection: false });
    // The draft-side fields are the editors' only: the site's REST reads never carry them.
    expect(await published('articles', ids.noted)).not.toHaveProperty('updateNote');
  });

  it('publishes the note an editor types in the admin’s edit view (Chromium)', async () => {
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1400, height: 1000 } });
    const tab = await context.newPage();
    await logInToAdmin(tab, cms, testEditors.publication);
    await tab.goto(`${cms.url}/admin${entry(articleUid, ids.noted)}`);
    const note = tab.getByRole('textbox', { name: 'Note de mise à jour' });
    await note.waitFor({ timeout: 60_000 });
    // A late refetch of the document may reset the form under load: type again until « Publier » can send it.
    await expect
      .poll(
        async () => {
          if ((await note.inputValue()) === 'Ajout de la liste des lauréats.') return true;
          await note.fill('Ajout de la liste des lauréats.');
          return false;
        },
        { timeout: 60_000, interval: 1_000 },
      )
      .toBe(true);
    const publish = tab.getByRole('button', { name: 'Publier', exact: true });
    await expect.poll(() => publish.isEnabled(), { timeout: 60_000 }).toBe(true);
    const [response] = await Promise.all([
      tab.waitForResponse((r) => r.url().includes(entry(articleUid, ids.noted, 'publish')) && r.request().method() === 'POST', { timeout: 60_000 }),
      publish.click(),
    ]);
    expect(response.status()).toBe(200);
    const notes = (await published('articles', ids.noted)).changeNotes as Array<{ text: string }>;
    expect(notes.map((n) => n.text)).toEqual(['Ajout du calendrier des candidatures.', 'Correction de la date de clôture.', 'Ajout de la liste des lauréats.']);
    // The field is empty again in the edit view, ready for the next correction.
    await tab.reload();
    await note.waitFor({ timeout: 60_000 });
    expect(await note.inputValue()).toBe('');
    await context.close();
  }, 180_000);

  it('publishes a minor correction without a note and without moving « Dernière mise à jour »', async () => {
    minorRevisedAt = String((await published('articles', ids.minor)).revisedAt);
    expect(Number.isNaN(Date.parse(minorRevisedAt))).toBe(false);
    expect((await call('publication', 'PUT', entry(articleUid, ids.minor), { title: 'Un article corrigé en silence, sans faute', updateNote: 'Ne doit pas paraître.', minorCorrection: true })).status).toBe(200);
    expect((await call('publication', 'POST', entry(articleUid, ids.minor, 'publish'), {})).status).toBe(200);
    const after = await published('articles', ids.minor);
    expect(after).toMatchObject({ title: 'Un article corrigé en silence, sans faute', changeNotes: [], revisedAt: minorRevisedAt });
  });

  it('lets only Publication archive, and only with a reason', async () => {
    // The attack on the public site: a Rédaction account archiving (or unarchiving) through its draft.
    const attack = await call('redaction', 'PUT', entry(pageUid, ids.page), { archived: true, archiveReason: 'Archivée par la rédaction.' });
    expect(attack.status).toBe(400);
    expect(JSON.stringify(attack.body)).toContain('Seule l’équipe Publication peut archiver');
    // The edit view sends every field on each save: unchanged values pass.
    expect((await call('redaction', 'PUT', entry(pageUid, ids.page), { title: 'Plan d’action 2019', archived: false, archiveReason: null })).status).toBe(200);
    const stored = (await call('admin', 'GET', entry(pageUid, ids.page))).body.data as Json;
    expect(stored.archived).toBe(false);
    const noReason = await call('publication', 'PUT', entry(pageUid, ids.page), { archived: true, archiveReason: ' ' });
    expect(noReason.status).toBe(400);
    expect(JSON.stringify(noReason.body)).toContain('motif de l’archivage');
    for (const [uid, documentId, reason] of [
      [pageUid, ids.page, 'ce plan a été remplacé par la feuille de route de 2021'],
      [articleUid, ids.archived, 'ce plan ne s’applique plus depuis 2027'],
    ] as const) {
      expect((await call('publication', 'PUT', entry(uid, documentId), { archived: true, archiveReason: reason })).status).toBe(200);
      expect((await call('publication', 'POST', entry(uid, documentId, 'publish'), {})).status).toBe(200);
    }
    expect(await published('pages', ids.page)).toMatchObject({ archived: true });
  });

  it('turns « Remplacée par » into a redirect line at unpublish time, never the page’s own address', async () => {
    expect((await call('publication', 'PUT', entry(articleUid, ids.replaced), { replacedBy: '/articles/ancienne-annonce/' })).status).toBe(400);
    expect((await call('publication', 'PUT', entry(articleUid, ids.replaced), { replacedBy: 'https://ailleurs.example/' })).status).toBe(400);
    expect((await call('publication', 'PUT', entry(articleUid, ids.replaced), { replacedBy: '/articles/nouvelle-annonce/' })).status).toBe(200);
    expect(await sectionRedirects()).not.toContain('/articles/ancienne-annonce/');
    expect((await call('publication', 'POST', entry(articleUid, ids.replaced, 'unpublish'), {})).status).toBe(200);
    expect((await sectionRedirects()).split('\n')).toContain('/articles/ancienne-annonce/ /articles/nouvelle-annonce/');
  });

  it('builds the site: notes and update date on the page and in the feed, archived pages online but out of the lists, the old address redirected', async () => {
    const { outDir } = await build();
    const noted = parse(readPage(outDir, '/articles/calendrier-des-candidatures/'));
    expect(plain(noted.querySelector('article p.fr-text--sm')?.text)).toMatch(/^Publié le 1er décembre 2026 · Mis à jour le \d{1,2}(?:er)? \S+ \d{4}$/);
    expect(noted.querySelectorAll('#mises-a-jour + ul li').map((li) => plain(li.text))).toEqual([
      expect.stringMatching(/ : Ajout du calendrier des candidatures\.$/),
      expect.stringMatching(/ : Correction de la date de clôture\.$/),
      expect.stringMatching(/ : Ajout de la liste des lauréats\.$/),
    ]);
    const notedItem = rssItem(outDir, 'calendrier-des-candidatures') ?? '';
    expect(notedItem).toMatch(/<dcterms:modified>\d{4}-\d\d-\d\dT[\d:.]+Z<\/dcterms:modified>/);
    expect(plain(notedItem)).toContain('Ajout de la liste des lauréats.');
    // A minor correction: the new text, nothing more.
    const minor = readPage(outDir, '/articles/faute-corrigee/');
    expect(minor).toContain('sans faute');
    expect(minor).not.toContain('Mis à jour le');
    expect(minor).not.toContain('Ne doit pas paraître');
    expect(minor).not.toContain('mises-a-jour');
    expect(rssItem(outDir, 'faute-corrigee')).not.toContain('dcterms:modified');
    // The sitemap dates the minor correction's page by its last real update, not by the correction.
    const sitemap = readFileSync(path.join(outDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toMatch(new RegExp(`/articles/faute-corrigee/</loc><lastmod>${minorRevisedAt.slice(0, 19)}`));

    // Archived: online at its address with the notice, marked in search, out of every list.
    const server: Server = await serveStatic(() => outDir, 0);
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      for (const [route, reason] of [
        ['/pages/plan-action-2019/', 'ce plan a été remplacé par la feuille de route de 2021'],
        ['/articles/ancien-plan/', 'ce plan ne s’applique plus depuis 2027'],
      ] as const) {
        const response = await fetch(`${base}${route}`);
        expect(response.status, route).toBe(200);
        const html = parse(await response.text());
        expect(plain(html.querySelector('.fr-notice--info .fr-notice__title')?.text), route).toBe(`Cette page est archivée : ${reason}.`);
        expect(html.querySelector('[data-pagefind-body]')?.getAttribute('data-pagefind-filter'), route).toBe('statut:Page archivée');
      }
      // Replaced: the old address leads to the new page.
      const redirect = await fetch(`${base}/articles/ancienne-annonce/`);
      expect(redirect.status).toBe(200);
      expect(parse(await redirect.text()).querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe('0; url=/articles/nouvelle-annonce/');
    } finally {
      server.close();
    }
    expect(readFileSync(path.join(outDir, '_redirects'), 'utf8')).toContain('/articles/ancienne-annonce/ /articles/nouvelle-annonce/ 301');
    expect(readPage(outDir, '/articles/')).not.toContain('/articles/ancien-plan/');
    expect(readPage(outDir, '/articles/')).toContain('/articles/calendrier-des-candidatures/');
    expect(readPage(outDir, '/')).not.toContain('/articles/ancien-plan/');
    // The site map page lists every page of the site (as the XML sitemap does), an archived one said to be archived.
    const planned = parse(readPage(outDir, '/plan-du-site/')).querySelectorAll('main a').map((a) => `${a.getAttribute('href')} ${plain(a.text)}`);
    expect(planned).toContain('/pages/plan-action-2019/ Plan d’action 2019 (page archivée)');
    expect(planned).toContain('/articles/ancien-plan/ Un plan qui sera archivé (page archivée)');
    expect(rssItem(outDir, 'ancien-plan')).toBeUndefined();
    // The neighbours of an archived article skip it.
    expect(readPage(outDir, '/articles/nouvelle-annonce/')).not.toContain('/articles/ancien-plan/');
    const fragments = searchFragments(outDir);
    const archivedFragment = fragments.find((fragment) => fragment.url === '/pages/plan-action-2019/');
    expect(archivedFragment?.text).toContain('Page archivée');
    expect(fragments.find((fragment) => fragment.url === '/articles/calendrier-des-candidatures/')?.text).not.toContain('Page archivée');
  });

  it('unarchives and publishes the replaced page again: back in the lists and the feed, its address a page again', async () => {
    expect((await call('publication', 'PUT', entry(articleUid, ids.archived), { archived: false, archiveReason: null })).status).toBe(200);
    expect((await call('publication', 'POST', entry(articleUid, ids.archived, 'publish'), {})).status).toBe(200);
    expect((await call('publication', 'POST', entry(articleUid, ids.replaced, 'publish'), {})).status).toBe(200);
    expect(await sectionRedirects()).not.toContain('/articles/ancienne-annonce/');
    const { outDir } = await build();
    const unarchived = readPage(outDir, '/articles/ancien-plan/');
    expect(unarchived).not.toContain('fr-notice');
    expect(unarchived).not.toContain('data-pagefind-filter');
    expect(readPage(outDir, '/articles/')).toContain('/articles/ancien-plan/');
    expect(readPage(outDir, '/')).toContain('/articles/ancien-plan/');
    expect(rssItem(outDir, 'ancien-plan')).toBeDefined();
    expect(readPage(outDir, '/articles/ancienne-annonce/')).toContain('Une annonce remplacée');
    expect(readFileSync(path.join(outDir, '_redirects'), 'utf8')).not.toContain('/articles/ancienne-annonce/');
  });
});
