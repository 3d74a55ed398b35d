import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminJwt, buildCmsWithAdmin, createApiToken, launchChromium, logInToAdmin, repoRoot, restWrite, startStrapi, type StrapiServer } from '@bluehats/testkit';
import { contentHealthPath } from '../src/content-health/content-health-path';
import type { Finding } from '../src/content-health/findings';

type Json = Record<string, unknown>;

const paragraph = (...children: Json[]): Json => ({ type: 'paragraph', children });
const words = (text: string): Json => ({ type: 'text', text });
const day = 24 * 3600 * 1000;

/**
 * « À compléter »: entries written the way an import leaves them (an author « à préciser », a video
 * whose transcript is the importer's placeholder, a link to a page that does not exist, template
 * syntax, an open call with no link to apply, a past event without its recording, the report's
 * lines) are listed by `npm run content-health` and on the admin's home page, each with the link
 * to its edit page, until an editor corrects them. One Strapi, with its admin, serves the file.
 */
describe('what content still needs', () => {
  let cms: StrapiServer;
  let writer: string;
  // One login for the file: the admin's login limiter allows five.
  let jwt: string;
  const created: Record<'quote' | 'video' | 'article' | 'event' | 'call', string> = { quote: '', video: '', article: '', event: '', call: '' };
  let unsigned = '';

  const findings = async (): Promise<Finding[]> => {
    const response = await fetch(`${cms.url}${contentHealthPath}`, { headers: { authorization: `Bearer ${jwt}` } });
    expect(response.status).toBe(200);
    return ((await response.json()) as { data: Finding[] }).data;
  };
  const problemsOf = (list: Finding[], documentId: string): string[] => list.filter((f) => f.documentId === documentId).map((f) => f.problem);
  const runCli = (): { status: number | null; output: string } => {
    const run = spawnSync(process.execPath, [path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs'), 'scripts/content-health.ts', '--cms', cms.url], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', ADMIN_EMAIL: cms.admin.email, ADMIN_PASSWORD: cms.admin.password },
      timeout: 120_000,
    });
    return { status: run.status, output: `${run.stdout}${run.stderr}` };
  };

  beforeAll(async () => {
    buildCmsWithAdmin();
    cms = await startStrapi({ serveAdmin: true, timeoutMs: 300_000 });
    writer = await createApiToken(cms, 'full-access');
    jwt = await adminJwt(cms);
    const write = async (collection: string, data: Json): Promise<string> => String((await restWrite(cms, writer, 'POST', `/api/${collection}?status=published`, data)).documentId);
    created.quote = await write('quotes', { text: 'Le code public doit rester public.', authorName: 'Auteur à préciser' });
    // An unknown author left empty is shown without attribution: nothing a reader would see as a fault.
    unsigned = await write('quotes', { text: 'Ouvrir le code nous a fait gagner des contributions.' });
    created.video = await write('videos', {
      title: 'Rencontre BlueHats importée',
      provider: 'youtube',
      embedUrl: 'https://www.youtube-nocookie.com/embed/Xy12Ab34Cd5',
      transcript: [paragraph(words('Transcription à rédiger pour « Rencontre BlueHats importée » (vidéo importée).'))],
    });
    created.article = await write('articles', {
      title: 'Compte rendu importé de la rencontre',
      slug: 'compte-rendu-importe',
      description: 'Un article repris de l’ancien site.',
      date: '2022-06-01',
      body: [
        {
          __component: 'blocks.rich-text',
          content: [paragraph(words('Voir aussi '), { type: 'link', url: '/articles/page-jamais-ecrite/', children: [words('la suite')] }, words(' {% imageContent "./panel.jpg" %}'))],
        },
      ],
      toComplete: 'date absente de l’en-tête : 2022-06-01 (premier commit), à vérifier\nauteur ou autrice « Équipe » repris de l’en-tête : à confirmer',
    });
    created.event = await write('events', {
      title: 'Webinaire passé sans enregistrement',
      slug: 'webinaire-passe-sans-enregistrement',
      kind: 'webinaire',
      summary: 'Un webinaire de l’an dernier.',
      startsAt: new Date(Date.now() - 30 * day).toISOString(),
      durationMinutes: 60,
      place: 'Lieu à préciser',
    });
    created.call = await write('project-calls', {
      title: 'Appel ouvert sans lien',
      slug: 'appel-ouvert-sans-lien',
      programme: 'BlueHats Semester of Code',
      summary: 'Un appel ouvert à qui il manque le lien pour candidater.',
      opensAt: new Date(Date.now() - day).toISOString(),
      closesAt: new Date(Date.now() + 30 * day).toISOString(),
    });
  }, 900_000);
  afterAll(async () => {
    await cms?.destroy();
  });

  it('is read by logged-in admin users only', async () => {
    expect((await fetch(`${cms.url}${contentHealthPath}`)).status).toBe(401);
    expect((await fetch(`${cms.url}${contentHealthPath}`, { headers: { authorization: `Bearer ${cms.readToken}` } })).status).toBe(401);
  });

  it('lists each fault with its entry, and the import’s lines', async () => {
    const list = await findings();
    expect(problemsOf(list, created.quote)).toEqual(['auteur ou autrice « Auteur à préciser »']);
    expect(problemsOf(list, unsigned)).toEqual([]);
    expect(problemsOf(list, created.video)).toEqual(['vidéo sans transcription']);
    expect(problemsOf(list, created.article)).toEqual([
      'balise de gabarit de l’ancien site restée dans le texte',
      'lien vers /articles/page-jamais-ecrite/ : aucune page publiée à cette adresse (entrée absente ou en brouillon)',
      'date absente de l’en-tête : 2022-06-01 (premier commit), à vérifier',
      'auteur ou autrice « Équipe » repris de l’en-tête : à confirmer',
    ]);
    expect(problemsOf(list, created.event)).toEqual(['lieu « Lieu à préciser »', 'événement passé sans enregistrement']);
    expect(problemsOf(list, created.call)).toEqual(['appel ouvert sans lien pour candidater']);
    const article = list.find((f) => f.documentId === created.article);
    expect(article).toMatchObject({ type: 'Article', title: 'Compte rendu importé de la rencontre', editPath: `/content-manager/collection-types/api::article.article/${created.article}` });
  });

  it('prints the list with each edit link from npm run content-health, exit code 1 while something blocks', () => {
    const run = runCli();
    expect(run.status, run.output).toBe(1);
    expect(run.output).toContain(`Citation « Le code public doit rester public. »\n  ${cms.url}/admin/content-manager/collection-types/api::quote.quote/${created.quote}`);
    expect(run.output).toContain('✗ bloquant  Contenu, bloc 1 : lien vers /articles/page-jamais-ecrite/');
    expect(run.output).toContain('· à revoir   À compléter : date absente de l’en-tête : 2022-06-01 (premier commit), à vérifier');
  });

  it('drops what an editor corrects in an existing entry, and exits 0 once nothing blocks', async () => {
    const put = (collection: string, documentId: string, data: Json) => restWrite(cms, writer, 'PUT', `/api/${collection}/${documentId}?status=published`, data);
    await put('quotes', created.quote, { authorName: 'Camille Martin' });
    await put('articles', created.article, {
      body: [{ __component: 'blocks.rich-text', content: [paragraph(words('Voir aussi '), { type: 'link', url: '/articles/atelier-premiere-contribution-logiciel-libre/', children: [words('l’atelier')] })] }],
      toComplete: 'auteur ou autrice « Équipe » repris de l’en-tête : à confirmer',
    });
    let list = await findings();
    expect(problemsOf(list, created.quote)).toEqual([]);
    expect(problemsOf(list, created.article)).toEqual(['auteur ou autrice « Équipe » repris de l’en-tête : à confirmer']);

    await put('videos', created.video, { transcript: [paragraph(words('Bonjour à toutes et à tous, bienvenue à la rencontre BlueHats.'))] });
    await put('events', created.event, { place: 'En ligne' });
    await put('project-calls', created.call, { applicationUrl: 'https://www.demarches-simplifiees.fr/commencer/bsoc' });
    list = await findings();
    expect(list.filter((f) => f.blocking), JSON.stringify(list.filter((f) => f.blocking), null, 1)).toEqual([]);
    const run = runCli();
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain('dont 0 bloquant(s)');
  });

  const englishEdit = (): string => `/content-manager/collection-types/api::article.article/${created.article}?plugins[i18n][locale]=en`;

  it('checks the published English version too: each finding names it and links to the English edit view', async () => {
    // Template syntax, and links to an English page never written and to the English page itself (published: not a fault).
    await restWrite(cms, writer, 'PUT', `/api/articles/${created.article}?locale=en&status=published`, {
      title: 'Imported report of the meeting',
      slug: 'imported-report-of-the-meeting',
      description: 'An article from the old site.',
      body: [
        {
          __component: 'blocks.rich-text',
          content: [
            paragraph(words('See also '), { type: 'link', url: '/en/articles/never-written/', children: [words('the next one')] }, words(' {{ site.title }}')),
            paragraph({ type: 'link', url: '/en/articles/imported-report-of-the-meeting/', children: [words('this page')] }),
          ],
        },
      ],
    });
    const list = await findings();
    const english = list.filter((f) => f.documentId === created.article && f.version !== null);
    expect(english.map((f) => [f.version, f.where, f.problem, f.blocking])).toEqual([
      ['version anglaise', 'Contenu, bloc 1', 'balise de gabarit de l’ancien site restée dans le texte', true],
      ['version anglaise', 'Contenu, bloc 1', 'lien vers /en/articles/never-written/ : aucune page publiée à cette adresse (entrée absente ou en brouillon)', true],
    ]);
    for (const finding of english) expect(finding).toMatchObject({ title: 'Imported report of the meeting', editPath: englishEdit() });
    // The French version keeps its own list: the English one adds nothing to it.
    expect(list.filter((f) => f.documentId === created.article && f.version === null).map((f) => f.problem)).toEqual(['auteur ou autrice « Équipe » repris de l’en-tête : à confirmer']);
    const run = runCli();
    expect(run.status, run.output).toBe(1);
    expect(run.output).toContain(`Article « Imported report of the meeting » (version anglaise)\n  ${cms.url}/admin${englishEdit()}\n  ✗ bloquant  Contenu, bloc 1 : balise de gabarit`);
  });

  it('shows the list on the admin’s home page, each entry linked to its edit page (Chromium)', async () => {
    const browser = await launchChromium(chromium);
    try {
      const tab = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      await logInToAdmin(tab, cms, cms.admin);
      await tab.goto(`${cms.url}/admin`);
      const english = tab.getByRole('link', { name: 'Article « Imported report of the meeting » (version anglaise)' });
      await english.waitFor({ timeout: 120_000 });
      expect(await english.getAttribute('href')).toBe(`/admin${englishEdit()}`);
      const link = tab.getByRole('link', { name: 'Article « Compte rendu importé de la rencontre »', exact: true });
      await link.waitFor({ timeout: 120_000 });
      expect(await tab.getByText('À compléter', { exact: true }).count()).toBeGreaterThan(0);
      await link.click();
      await tab.waitForURL((url) => url.pathname.endsWith(`/api::article.article/${created.article}`), { timeout: 60_000 });
      await tab.locator('textarea[name="description"]').waitFor({ timeout: 120_000 });
    } finally {
      await browser.close();
    }
  }, 300_000);
});
