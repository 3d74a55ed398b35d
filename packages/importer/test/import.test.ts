import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import { parse } from 'node-html-parser';
import { serveStatic } from '@bluehats/rebuild-service';
import { adminJwt, buildSite, createApiToken, freePort, listFiles, readPage, startStrapi, type SiteBuild, type StrapiServer } from '@bluehats/testkit';
import { contentHealthPath } from 'cms/content-health';
import type { Finding } from 'cms/content-health/findings';
import { commitFolder } from './git-checkout';
import { checkFidelity, pageFromDist, parseSameAs, parseUrlPattern, runImport, withTemporaryToken, type FileOutcome, type ImportOptions, type ImportSummary } from '../src';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const legacyFixture = path.join(fixtures, 'legacy-site');
const previousSiteFixture = path.join(fixtures, 'legacy-site-2');
// A 1×1 PNG: binary fixtures are written at test time rather than committed.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

// Link URLs of rich text, in order: PostgreSQL's jsonb gives keys back in its own order, so no text search.
const linksIn = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.flatMap(linksIn)
    : value && typeof value === 'object'
      ? [...((value as { type?: string; url?: string }).type === 'link' ? [(value as { url: string }).url] : []), ...Object.values(value).flatMap(linksIn)]
      : [];

describe('npm run import, against a real Strapi', () => {
  let cms: StrapiServer;
  let dir: string;
  let token: string;
  let first: FileOutcome[];

  const run = (overrides: Partial<ImportOptions> = {}) =>
    runImport({ paths: [dir], cmsUrl: cms.url, token, dryRun: false, publish: false, as: 'auto', siteRoot: null, log: () => undefined, ...overrides });
  const outcome = (outcomes: FileOutcome[], name: string): FileOutcome => {
    const found = outcomes.find((o) => o.file.endsWith(name));
    if (!found) throw new Error(`pas de résultat pour ${name}`);
    return found;
  };
  const api = async <T>(route: string): Promise<T> => {
    const response = await fetch(`${cms.url}${route}`, { headers: { authorization: `Bearer ${token}` } });
    return ((await response.json()) as { data: T }).data;
  };
  const counts = async () => ({
    articles: (await api<unknown[]>('/api/articles?status=draft&pagination[pageSize]=100')).length,
    quotes: (await api<unknown[]>('/api/quotes?status=draft&pagination[pageSize]=100')).length,
    videos: (await api<unknown[]>('/api/videos?status=draft&pagination[pageSize]=100')).length,
    calls: (await api<unknown[]>('/api/project-calls?status=draft&pagination[pageSize]=100')).length,
    files: ((await (await fetch(`${cms.url}/api/upload/files`, { headers: { authorization: `Bearer ${token}` } })).json()) as unknown[]).length,
  });

  beforeAll(async () => {
    cms = await startStrapi({ env: { SEED_DEMO_CONTENT: 'false' } });
    token = await createApiToken(cms, 'full-access');
    dir = mkdtempSync(path.join(os.tmpdir(), 'bluehats-import-'));
    cpSync(fixtures, dir, { recursive: true, filter: (source) => !source.startsWith(legacyFixture) && !source.startsWith(previousSiteFixture) });
    writeFileSync(path.join(dir, 'illustration.png'), PNG);
    writeFileSync(path.join(dir, 'portrait.png'), PNG);
    // "é" in Latin-1: one byte that UTF-8 cannot start a character with.
    writeFileSync(path.join(dir, 'pas-utf8.md'), Buffer.concat([Buffer.from('---\ntitle: Caf'), Buffer.from([0xe9]), Buffer.from('\n---\nTexte.\n')]));
    first = (await run()).outcomes;
  }, 300_000);
  afterAll(async () => {
    await cms?.destroy();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('imports a complete article: text, quote with portrait, video, sanitised HTML, image, cover and tags, as a draft', async () => {
    const result = outcome(first, 'article-complet.md');
    expect(result.action).toBe('created');
    expect(result.todo).toContain('auteur ou autrice « Équipe éditoriale » repris de l’en-tête : à confirmer');
    expect(result.notes).toContain('HTML : attribut onclick retiré de <div>');
    expect(result.notes).toContain('HTML : <script> retiré');
    expect(await api<unknown[]>('/api/articles?filters[slug][$eq]=article-complet')).toEqual([]);
    const [article] = await api<Array<Record<string, unknown>>>(
      '/api/articles?status=draft&filters[slug][$eq]=article-complet&populate[cover]=true&populate[tags]=true&populate[authors]=true&populate[body][on][blocks.quote][populate][quote][populate]=portrait&populate[body][on][blocks.video][populate]=video&populate[body][on][blocks.rich-text]=true&populate[body][on][blocks.legacy-html]=true&populate[body][on][blocks.image][populate]=image',
    );
    expect(article?.title).toBe('Une journée de contribution au sein d’un ministère');
    expect(article?.date).toBe('2024-03-14');
    expect((article?.authors as Array<{ name: string }>).map((a) => a.name)).toEqual(['Équipe éditoriale']);
    expect(article?.coverAlt).toBe('Schéma d’une forge publique reliée à trois équipes');
    expect((article?.cover as { mime: string }).mime).toBe('image/png');
    expect((article?.tags as Array<{ slug: string }>).map((t) => t.slug).sort()).toEqual(['bluehats', 'contribution']);
    const body = article?.body as Array<Record<string, unknown>>;
    expect(body.map((b) => b.__component)).toEqual([
      'blocks.rich-text',
      'blocks.quote',
      'blocks.video',
      'blocks.legacy-html',
      'blocks.image',
      'blocks.rich-text',
    ]);
    const quote = body[1]?.quote as Record<string, unknown>;
    expect(quote).toMatchObject({ text: 'Nous avions peur d’être submergés ; nous avons surtout été aidés.', authorName: 'Camille Martin', authorRole: 'Développeuse au ministère' });
    expect((quote.portrait as { mime: string }).mime).toBe('image/png');
    expect(body[2]?.video).toMatchObject({ title: 'Journée de contribution : le récit de l’équipe', provider: 'peertube', caption: 'Le récit de l’équipe en cinq minutes' });
    const html = body[3]?.html as string;
    expect(html).toContain('ouvrir, c’est gagner du temps');
    expect(html).not.toMatch(/onclick|<script|piraté/);
  });

  it('recognises a call for applications and imports it as a project call with its window in Paris time', async () => {
    const result = outcome(first, 'appel-a-candidatures.md');
    expect(result).toMatchObject({ action: 'created', kind: 'project-call' });
    const [call] = await api<Array<Record<string, unknown>>>('/api/project-calls?status=draft&filters[slug][$eq]=appel-a-candidatures');
    expect(call).toMatchObject({
      opensAt: '2026-02-01T23:00:00.000Z',
      closesAt: '2026-03-30T16:00:00.000Z',
      applicationUrl: 'https://framaforms.org/candidature-commun-numerique',
      edition: '2026',
    });
  });

  it('repairs text garbled by a wrong decoding and says so', async () => {
    const result = outcome(first, 'texte-abime.md');
    expect(result.action).toBe('created');
    expect(result.notes[0]).toMatch(/^texte réparé : de l’UTF-8 avait été lu comme du Mac Roman/);
    const [article] = await api<Array<{ title: string; description: string }>>('/api/articles?status=draft&filters[slug][$eq]=texte-abime');
    expect(article?.title).toBe('Un texte abîmé par un mauvais encodage');
    expect(article?.description).toBe('Les accents de ce fichier ont été lus en Mac Roman puis réenregistrés.');
  });

  it('removes a hostile iframe and a javascript: link, and reports them', () => {
    const result = outcome(first, 'iframe-hostile.md');
    expect(result.action).toBe('created');
    expect(result.notes).toEqual([
      'vidéo d’un hébergeur non autorisé retirée (https://videos.exemple-malveillant.test/embed/123)',
      'HTML : adresse dangereuse retirée de <a> (javascript:alert(1))',
      'HTML : <iframe> d’un hébergeur non autorisé retirée (https://pub.exemple-malveillant.test/)',
    ]);
  });

  it('imports an article whose image is missing, without the image, and reports it', () => {
    expect(outcome(first, 'image-absente.md')).toMatchObject({
      action: 'created',
      todo: ['image introuvable, non importée : ./disparue.png (image) ; ajoutez-la depuis l’administration'],
    });
  });

  it('refuses broken files with a message naming the file and the field, and creates nothing for them', async () => {
    expect(outcome(first, 'en-tete-casse.md').error).toMatch(/^en-tete-casse\.md \(front matter\) : YAML invalide à la ligne \d+/);
    expect(outcome(first, 'image-illisible.md').error).toBe(
      'image-illisible.md (image) : « ./pas-une-image.png » n’est pas une image lisible (PNG, JPEG, GIF, WebP ou SVG attendu).',
    );
    expect(outcome(first, 'pas-utf8.md').error).toBe(
      'pas-utf8.md : ce fichier n’est pas en UTF-8 (octet invalide à la position 14) : réenregistrez-le en UTF-8 avant de l’importer.',
    );
    for (const slug of ['en-tete-casse', 'image-illisible', 'pas-utf8', 'video-refusee']) {
      expect(await api<unknown[]>(`/api/articles?status=draft&filters[slug][$eq]=${slug}`), slug).toEqual([]);
    }
  });

  it('undoes what a file created before the CMS refused it: no quote, no upload left', async () => {
    expect(outcome(first, 'video-refusee.md').error).toMatch(/POST \/api\/videos\?status=draft → 400 : .*lecteur intégrable/);
    expect(await api<unknown[]>('/api/quotes?status=draft&filters[authorName][$eq]=Alex Durand')).toEqual([]);
    const files = (await (await fetch(`${cms.url}/api/upload/files`, { headers: { authorization: `Bearer ${token}` } })).json()) as unknown[];
    // illustration (cover and image block), Camille Martin's portrait: nothing from the failed file.
    expect(files.length).toBe(3);
  });

  it('changes nothing when the same files are imported again, and simulates without writing', async () => {
    const before = await counts();
    const again = await run();
    expect(again.outcomes.filter((o) => o.action !== 'failed').every((o) => o.action === 'unchanged')).toBe(true);
    expect(again.failed).toBe(4);
    expect(await counts()).toEqual(before);
    writeFileSync(path.join(dir, 'image-absente.md'), `${'---\ntitle: Un article dont l’image a disparu\ndescription: Texte modifié.\ndate: 2024-02-01\n---\n'}Nouveau texte.\n`);
    const dry = await run({ dryRun: true });
    expect(outcome(dry.outcomes, 'image-absente.md').action).toBe('would-update');
    expect(await counts()).toEqual(before);
  });

  it('publishes with --publish', async () => {
    const result = await run({ publish: true, paths: [path.join(dir, 'image-absente.md')] });
    expect(result.outcomes[0]?.action).toBe('updated');
    const [published] = await api<Array<{ description: string }>>('/api/articles?filters[slug][$eq]=image-absente');
    expect(published?.description).toBe('Texte modifié.');
  });
  describe('the legacy Eleventy site (issue 16)', () => {
    let site: string;
    let legacy: ImportSummary;
    let previousSite: string;
    let previous: ImportSummary | undefined;
    const oldSiteUrl = 'https://ancien-site.exemple.gouv.fr';
    const importSite = (overrides: Partial<ImportOptions> = {}) =>
      run({
        paths: [path.join(site, 'content')],
        siteRoot: site,
        publish: true,
        patterns: [parseUrlPattern('content/fr/blog/posts=/fr/blog/{slug}/')],
        oldSiteUrl,
        report: path.join(site, 'rapport.md'),
        ...overrides,
      });
    const frenchFiles = () => legacy.outcomes.filter((o) => o.locale === 'fr');
    const englishFiles = () => legacy.outcomes.filter((o) => o.locale === 'en');
    const entries = () => frenchFiles().filter((o) => o.action !== 'navigation');
    const entry = async (collection: string, slug: string, populate = ''): Promise<Record<string, unknown>> => {
      const [found] = await api<Array<Record<string, unknown>>>(`/api/${collection}?status=draft&filters[slug][$eq]=${slug}${populate}`);
      if (!found) throw new Error(`${collection}/${slug} absent`);
      return found;
    };

    beforeAll(async () => {
      site = mkdtempSync(path.join(os.tmpdir(), 'bluehats-legacy-site-'));
      cpSync(legacyFixture, site, { recursive: true });
      previousSite = mkdtempSync(path.join(os.tmpdir(), 'bluehats-previous-site-'));
      cpSync(previousSiteFixture, previousSite, { recursive: true });
      const posts = path.join(site, 'content/fr/blog/posts');
      for (const image of ['journee-contribution/panel.png', 'journee-contribution/equipe.png', 'forge-publique/schema.png']) writeFileSync(path.join(posts, image), PNG);
      writeFileSync(path.join(site, 'content/fr/webinaires/support-forges.pdf'), '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
      // A git checkout whose first commit dates the undated pages; one page is left out of it.
      commitFolder(site, '2022-06-01T10:00:00+02:00', ['content/fr/bsoc/2023/projets/catalogue-des-forges.md']);
      // No demo content here: the two single types every page needs are written (the import adds
      // the old section addresses to the site settings).
      const put = (type: string, data: Record<string, unknown>) =>
        fetch(`${cms.url}/api/${type}`, { method: 'PUT', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ data }) });
      expect((await put('site-setting', { siteName: 'BlueHats', brandTop: 'République\nFrançaise', accessibilityStatus: 'non-conforme', sectionRedirects: '/fr/agenda/ /evenements/' })).status).toBe(200);
      // French only: the English Navigation is the import's to make, with these legal links to translate.
      expect((await put('navigation', { mainMenu: [], footerLinks: [], legalLinks: [{ label: 'Plan du site', url: '/plan-du-site/' }] })).status).toBe(200);
      legacy = await importSite();
    }, 300_000);
    afterAll(() => {
      if (site) rmSync(site, { recursive: true, force: true });
      if (previousSite) rmSync(previousSite, { recursive: true, force: true });
    });

    it('imports every French file, one entry each, and the English files in English', async () => {
      expect(legacy.outcomes.filter((o) => o.error)).toEqual([]);
      expect(frenchFiles()).toHaveLength(31);
      expect(entries()).toHaveLength(29);
      expect(entries().every((o) => o.action === 'created')).toBe(true);
      expect(englishFiles().map((o) => `${o.file} ${o.action} ${o.translationOf ?? 'seule'}`)).toEqual([
        'content/en/about/index.md created content/fr/about/index.md',
        'content/en/blog/posts/contribution-day/index.md created seule',
        'content/en/blog/posts/free-software-at-the-ministry.md created content/fr/blog/posts/logiciels-libres-au-ministere.md',
        'content/en/contact/index.md created content/fr/contact/index.md',
        'content/en/_navigation/blog.md navigation seule',
      ]);
      const articles = await api<Array<{ importSource: string | null }>>('/api/articles?status=draft&pagination[pageSize]=100&fields[0]=importSource');
      expect(articles.filter((a) => a.importSource?.startsWith('content/')).length).toBe(frenchFiles().filter((o) => o.kind === 'article').length);
      expect((await api<unknown[]>('/api/events?status=draft&pagination[pageSize]=100')).length).toBe(frenchFiles().filter((o) => o.kind === 'event').length);
      expect(frenchFiles().filter((o) => o.kind === 'event').map((o) => o.slug).sort()).toEqual([
        'accessibilite',
        'achats-logiciels-libres',
        'atelier-contribution',
        'communs-numeriques',
        'forges-publiques',
        'rencontre-bluehats',
        'rencontre-hiver',
        'securite',
      ]);
    });

    it('writes each English file as the English version of its French entry, the English-only post in English only, the language line left out (issue 32)', async () => {
      const richText = '&populate[body][on][blocks.rich-text]=true';
      const pairs = [
        ['en/about/index.md', 'fr/about/index.md', 'pages', 'About the mission', 'la ligne de changement de langue de content/fr/about/index.md mène à /en/about/'],
        ['en/blog/posts/free-software-at-the-ministry.md', 'fr/blog/posts/logiciels-libres-au-ministere.md', 'articles', 'Free software at the ministry', 'sa ligne de changement de langue mène à /fr/blog/logiciels-libres-au-ministere/'],
        ['en/contact/index.md', 'fr/contact/index.md', 'pages', 'Contact us', 'son adresse /en/contact/ ne diffère de /fr/contact/ que par la langue'],
      ] as const;
      for (const [en, fr, collection, title, how] of pairs) {
        const english = outcome(legacy.outcomes, `content/${en}`);
        const french = outcome(legacy.outcomes, `content/${fr}`);
        expect(english, en).toMatchObject({ documentId: french.documentId, published: true, translationOf: `content/${fr}` });
        expect(english.notes, en).toContain(`version anglaise de content/${fr} (${how})`);
        // Published in English as the French is, with its own old address; the French version keeps its own.
        const version = await api<Record<string, unknown>>(`/api/${collection}/${english.documentId ?? ''}?locale=en${richText}`);
        expect(version, en).toMatchObject({ locale: 'en', title, importSource: `content/${en}`, legacyPaths: english.oldPath });
        expect(english.oldPath, en).toMatch(/^\/en\//);
        const frenchVersion = await api<Record<string, unknown>>(`/api/${collection}/${english.documentId ?? ''}${richText.replace('&', '?')}`);
        expect(frenchVersion, fr).toMatchObject({ locale: 'fr', importSource: `content/${fr}`, legacyPaths: french.oldPath });
        expect(JSON.stringify([version.body, frenchVersion.body]), en).not.toMatch(/Read this page|Aller à la page|en Français|\/en\/about/);
      }
      const article = await api<Record<string, unknown>>(`/api/articles/${outcome(legacy.outcomes, 'free-software-at-the-ministry.md').documentId ?? ''}?locale=en${richText}`);
      expect(article).toMatchObject({ slug: 'free-software-at-the-ministry', date: '2022-05-17' });
      expect(JSON.stringify(article.body)).toContain('The ministry replaced three programs in two years');
      expect(await entry('articles', 'logiciels-libres-au-ministere')).toMatchObject({ title: 'Les logiciels libres au ministère', date: '2022-05-17' });
      // English only: no French version.
      const alone = outcome(legacy.outcomes, 'content/en/blog/posts/contribution-day/index.md');
      expect(alone).toMatchObject({ translationOf: null, published: true, oldPath: '/en/blog/posts/contribution-day/' });
      const [contributionDay] = await api<Array<Record<string, unknown>>>('/api/articles?locale=en&filters[slug][$eq]=contribution-day');
      expect(contributionDay).toMatchObject({ documentId: alone.documentId, locale: 'en', title: 'A contribution day between administrations', legacyPaths: '/en/blog/posts/contribution-day/' });
      expect(await api<unknown[]>(`/api/articles?status=draft&filters[documentId][$eq]=${alone.documentId ?? ''}`)).toEqual([]);
      // Its tag, also a French one, gets its English version: one tag document in both languages.
      const [withTags] = await api<Array<{ tags: Array<{ documentId: string; locale: string; slug: string }> }>>('/api/articles?locale=en&filters[slug][$eq]=contribution-day&populate[tags]=true');
      const [frenchTag] = await api<Array<{ documentId: string }>>('/api/tags?filters[slug][$eq]=contribution');
      expect(withTags?.tags).toEqual([expect.objectContaining({ documentId: frenchTag?.documentId, locale: 'en', slug: 'contribution' })]);
      const report = readFileSync(path.join(site, 'rapport.md'), 'utf8');
      expect(report).toContain('## Versions anglaises\n\n- content/en/about/index.md → version anglaise de content/fr/about/index.md');
      expect(report).toContain('- content/en/blog/posts/contribution-day/index.md → entrée en anglais seulement');
    });

    it('names bundles after their folder, keeps both files of the same name apart, and records each old address', async () => {
      expect((await entry('articles', 'journee-contribution')).importSource).toBe('content/fr/blog/posts/journee-contribution/index.md');
      expect((await entry('articles', 'laureats-2022')).legacyPaths).toBe('/fr/bsoc/laureats-2022/');
      expect((await entry('articles', 'laureats')).legacyPaths).toBe('/fr/bsoc/2023/laureats/');
      expect((await entry('articles', 'ancien-permalien')).legacyPaths).toBe('/fr/actualites/ancien-permalien/');
      expect((await entry('events', 'forges-publiques')).legacyPaths).toBe('/fr/webinaires/2023-05-12-forges-publiques/');
    });

    it('dates undated pages from their first commit, and leaves a page with no date at all as a draft, saying so', async () => {
      expect((await entry('articles', 'suivi-des-contributions')).date).toBe('2022-06-01');
      expect(await api<unknown[]>('/api/articles?filters[slug][$eq]=suivi-des-contributions')).toHaveLength(1);
      const undated = await entry('articles', 'catalogue-des-forges');
      expect(undated.date).toBeNull();
      expect(await api<unknown[]>('/api/articles?filters[slug][$eq]=catalogue-des-forges')).toEqual([]);
      expect(outcome(legacy.outcomes, 'catalogue-des-forges.md').todo).toContain(
        'date introuvable (ni en-tête, ni historique git, ni chemin) : l’article reste en brouillon, date à saisir',
      );
    });

    it('converts shortcodes, tables and links: images uploaded with their caption, template tags removed with their line', async () => {
      const article = await entry('articles', 'journee-contribution', '&populate[body][on][blocks.image][populate]=image&populate[body][on][blocks.table][populate]=rows&populate[body][on][blocks.rich-text]=true');
      const body = article.body as Array<Record<string, unknown>>;
      expect(body.map((b) => b.__component)).toEqual(['blocks.rich-text', 'blocks.image', 'blocks.rich-text', 'blocks.table', 'blocks.rich-text', 'blocks.image', 'blocks.rich-text']);
      expect(body[1]).toMatchObject({ caption: 'Le panel des responsables de forges', alt: 'Le panel des responsables de forges', image: { mime: 'image/png' } });
      expect(body[3]).toMatchObject({ caption: 'Le programme de la journée', firstRowIsHeader: true, firstColumnIsHeader: false });
      expect((body[3]?.rows as Array<{ cells: string }>).map((r) => r.cells)).toEqual([
        'Heure\nAtelier\nSalle',
        '9h30\nAccueil et présentation des dépôts\nGrande salle',
        '11h00\nPremières contributions\nSalle Lovelace',
        '14h00\nRevue de code en binôme\nSalle Hopper',
      ]);
      const links = linksIn(body.filter((b) => b.__component === 'blocks.rich-text'));
      expect(links).toEqual(['mailto:floss@numerique.gouv.fr', '/articles/forge-publique/', '/evenements/forges-publiques/', '/articles/gazette-2023-02/']);
      expect(outcome(legacy.outcomes, 'forge-publique/index.md').notes).toEqual([
        'ligne 12 : balise de gabarit retirée {% callout "Bon à savoir", "info" %}',
        'ligne 14 : balise de gabarit retirée {% endcallout %}',
        'ligne 27 : balise de gabarit retirée {{ page.url }}',
      ]);
      const bilan = outcome(legacy.outcomes, 'bilan-2023/index.md');
      expect(bilan.notes).toContain('lien « javascript:alert(1) » refusé (protocole javascript: non autorisé) : gardé comme texte');
      const html = JSON.stringify((await entry('articles', 'partage-de-code', '&populate[body][on][blocks.table][populate]=rows&populate[body][on][blocks.rich-text]=true')).body);
      expect(html).toContain('"firstColumnIsHeader":true');
      expect(linksIn(JSON.parse(html))).toEqual(['/articles/outils-communs/']);
    });

    it('imports webinars and meetings as events: Paris times from the text, recording, slides, registration', async () => {
      const webinar = await entry('events', 'forges-publiques', '&populate[recording]=true&populate[slides]=true');
      expect(webinar).toMatchObject({
        kind: 'webinaire',
        startsAt: '2023-05-12T09:00:00.000Z',
        endsAt: '2023-05-12T10:30:00.000Z',
        place: 'En ligne',
        registrationUrl: 'https://framaforms.org/webinaire-forges-publiques',
        recording: { provider: 'peertube', embedUrl: 'https://tube.numerique.gouv.fr/videos/embed/7c1f0a52-1111-4a2b-9c3d-000000000012' },
        slides: { mime: 'application/pdf' },
      });
      expect(await entry('events', 'accessibilite', '&populate[recording]=true')).toMatchObject({
        slidesUrl: 'https://exemple.gouv.fr/supports/accessibilite.pdf',
        recording: { provider: 'youtube', embedUrl: 'https://www.youtube-nocookie.com/embed/Xy12Ab34Cd5' },
      });
      expect(await entry('events', 'rencontre-bluehats')).toMatchObject({ kind: 'rencontre', place: 'Paris, 20 avenue de Ségur', startsAt: '2023-06-20T07:30:00.000Z', endsAt: '2023-06-20T15:00:00.000Z' });
      expect(await entry('events', 'atelier-contribution')).toMatchObject({ kind: 'atelier', startsAt: '2023-11-14T09:00:00.000Z' });
      expect(outcome(legacy.outcomes, '2024-02-08-securite.md').notes).toContain(
        'enregistrement d’un hébergeur non autorisé non repris (https://videos.hebergeur-inconnu.example/watch/42) : à ajouter depuis l’administration',
      );
    });

    it('publishes webinars without hours as day events, hours to complete, with their recording and slides', async () => {
      for (const [slug, file] of [['achats-logiciels-libres', '2022-11-17-achats-logiciels-libres.md'], ['communs-numeriques', '2023-01-19-communs-numeriques.md']] as const) {
        const result = outcome(legacy.outcomes, file);
        expect(result).toMatchObject({ action: 'created', published: true });
        expect(result.todo).toContain('horaires introuvables dans le texte (« de 11h à 12h30 ») : publié avec « horaire non précisé », début et fin à compléter');
        expect(await api<unknown[]>(`/api/events?filters[slug][$eq]=${slug}`)).toHaveLength(1);
      }
      expect(await entry('events', 'achats-logiciels-libres', '&populate[recording]=true')).toMatchObject({
        allDay: true,
        startsAt: '2022-11-16T23:00:00.000Z',
        endsAt: null,
        slidesUrl: 'https://exemple.gouv.fr/supports/achats-logiciels-libres.pdf',
        recording: { provider: 'youtube', embedUrl: 'https://www.youtube-nocookie.com/embed/Ab12Cd34Ef5' },
      });
      expect(await entry('events', 'forges-publiques')).toMatchObject({ allDay: false });
    });

    it('imports a quote whose author is not recognised without any author, the to-do left in « À compléter »', async () => {
      const [quote] = await api<Array<{ authorName: string | null }>>('/api/quotes?filters[text][$contains]=contributions%20que%20nous');
      expect(quote?.authorName).toBeNull();
      expect(outcome(legacy.outcomes, 'temoignages-agents.md').todo).toEqual([expect.stringMatching(/^citation sans auteur reconnu .* : auteur à préciser$/)]);
    });

    it('writes the old listing, tag and feed addresses into the site settings, keeping an editor’s line', async () => {
      expect(legacy.sectionRedirects).toEqual(expect.arrayContaining([
        { from: '/fr/blog/', to: '/articles/' },
        { from: '/fr/blog/page/2/', to: '/articles/' },
        { from: '/fr/webinaires/', to: '/evenements/' },
        { from: '/fr/', to: '/' },
        { from: '/fr/blog/tags/', to: '/tags/' },
        { from: '/fr/blog/tags/temoignages/', to: '/tags/temoignages/' },
        { from: '/feed/feed.xml', to: '/rss.xml' },
        { from: '/calendar.ics', to: '/evenements.ics' },
      ]));
      expect(legacy.sectionRedirects.map((r) => r.from)).not.toContain('/fr/blog/posts/');
      // The English listings lead to the English sections (issue 32); /en/ is the new English home, not a redirect.
      expect(legacy.sectionRedirects.filter((r) => r.from.startsWith('/en/'))).toEqual([
        { from: '/en/blog/', to: '/en/articles/' },
        { from: '/en/blog/posts/', to: '/en/articles/' },
        { from: '/en/blog/tags/', to: '/en/tags/' },
        { from: '/en/blog/tags/contribution/', to: '/en/tags/contribution/' },
        { from: '/en/feed/feed.xml', to: '/en/rss.xml' },
        { from: '/en/feed/feed.json', to: '/en/rss.xml' },
      ]);
      // One list for every language (a shared field): the English version of the settings reads the same lines.
      const settings = await api<{ sectionRedirects: string }>('/api/site-setting');
      expect(settings.sectionRedirects.split('\n')).toEqual(expect.arrayContaining(['/fr/agenda/ /evenements/', '/fr/blog/ /articles/', '/fr/webinaires/ /evenements/', '/en/blog/ /en/articles/']));
      const report = readFileSync(path.join(site, 'rapport.md'), 'utf8');
      expect(report).toContain('- anciennes adresses des listes anglaises (dans « Anciennes adresses des rubriques ») : /en/blog/ → /en/articles/, /en/blog/posts/ → /en/articles/,');
    });

    it('leaves in each entry what the report says to complete: the admin’s « À compléter » list shows exactly those lines', async () => {
      const response = await fetch(`${cms.url}${contentHealthPath}`, { headers: { authorization: `Bearer ${await adminJwt(cms)}` } });
      expect(response.status).toBe(200);
      const { data } = (await response.json()) as { data: Finding[] };
      const withToDo = frenchFiles().filter((o) => o.todo.length > 0);
      expect(withToDo.length).toBeGreaterThan(5);
      for (const o of withToDo) {
        const listed = data.filter((f) => f.documentId === o.documentId && f.where === 'À compléter').map((f) => f.problem);
        expect(listed, o.file).toEqual(o.todo);
      }
    });

    it('writes a report with one row per file, what to complete linked to the entry’s edit page', () => {
      const report = readFileSync(path.join(site, 'rapport.md'), 'utf8');
      for (const o of legacy.outcomes) expect(report).toContain(`| ${o.file} |`);
      expect(report).toMatch(/^36 fichiers · 33 créés · 0 mis à jour · 0 inchangés · 0 non importés · 0 en échec · 0 fusionnés · 3 de navigation · \d+ laissés en brouillon/m);
      expect(report).toContain('page légale « Mentions légales » : à fusionner par un éditeur 1');
      // The old site's hand-written archive warning (issue 33): the page is imported archived, and the report says so.
      expect(report).toContain('page archivée sur l’ancien site : importée archivée, avec le motif « le plan d’action de 2018 a été remplacé par la feuille de route de 2021 »');
      expect(report).toContain('- /fr/blog/tags/temoignages/ → /tags/temoignages/');
      expect(report).toContain('## Anciennes adresses sans page sur le nouveau site\n\n- /fr/bsoc/2023/projets/catalogue-des-forges/ : content/fr/bsoc/2023/projets/catalogue-des-forges.md non publié');
      expect(report).toContain(`[transcription de l’enregistrement « Enregistrement du webinaire sur les forges publiques » à rédiger](${cms.url}/admin/content-manager/collection-types/api::event.event/`);
      expect(report).toContain('balises de gabarit retirées 3');
    });

    it('changes nothing when the site is imported again', async () => {
      const again = await importSite({ report: null });
      expect(again.outcomes.map((o) => `${o.file} ${o.action}`)).toEqual(legacy.outcomes.map((o) => `${o.file} ${o.action === 'navigation' ? 'navigation' : 'unchanged'}`));
    });

    it('never overwrites an English version edited or written in the admin', async () => {
      const put = (route: string, data: Record<string, unknown>) =>
        fetch(`${cms.url}${route}`, { method: 'PUT', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ data }) });
      // Edited after the import: the file, unchanged, changes nothing; its French entry, not in this run, is found in the CMS.
      const about = outcome(legacy.outcomes, 'content/en/about/index.md');
      expect((await put(`/api/pages/${about.documentId ?? ''}?locale=en&status=published`, { title: 'About the free software mission' })).status).toBe(200);
      const again = await importSite({ paths: [path.join(site, 'content/en/about')], report: null });
      expect(again.outcomes.map((o) => `${o.action} ${o.translationOf ?? ''}`)).toEqual(['unchanged /pages/about/']);
      expect(await api<Record<string, unknown>>(`/api/pages/${about.documentId ?? ''}?locale=en`)).toMatchObject({ title: 'About the free software mission' });
      // Written by hand in the admin: a file that would be its English version is refused, nothing written.
      const procurement = await entry('pages', 'marches-publics');
      const handWritten = await put(`/api/pages/${procurement.documentId as string}?locale=en&status=draft`, {
        title: 'Public procurement',
        slug: 'public-procurement',
        body: [{ __component: 'blocks.rich-text', content: [{ type: 'paragraph', children: [{ type: 'text', text: 'Written in the admin.' }] }] }],
      });
      expect(handWritten.status, await handWritten.text()).toBe(200);
      const file = path.join(site, 'content/en/utiliser/marches-publics.md');
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, '---\ntitle: Buying free software\npermalink: /en/utiliser/marches-publics/\n---\nHow to buy free software.\n');
      const refused = await importSite({ paths: [file], report: null });
      rmSync(path.dirname(file), { recursive: true, force: true });
      expect(refused.outcomes.map((o) => o.error)).toEqual([
        'content/en/utiliser/marches-publics.md (page « marches-publics ») : la version anglaise de cette entrée a été écrite dans l’administration : rien n’est écrasé',
      ]);
      expect(await api<Record<string, unknown>>(`/api/pages/${procurement.documentId as string}?locale=en&status=draft`)).toMatchObject({ title: 'Public procurement', importSource: null });
    });

    it('refuses a second copy of a bundle elsewhere, in the dry run too, and overwrites nothing', async () => {
      const copy = path.join(site, 'content/fr/archives/bilan-2023');
      mkdirSync(path.dirname(copy), { recursive: true });
      cpSync(path.join(site, 'content/fr/blog/posts/bilan-2023'), copy, { recursive: true });
      writeFileSync(path.join(copy, 'index.md'), readFileSync(path.join(copy, 'index.md'), 'utf8').replace('L’année a été riche.', 'Texte copié.'));
      const before = await entry('articles', 'bilan-2023');
      for (const dryRun of [true, false]) {
        const result = await importSite({ paths: [copy], dryRun, report: null });
        expect(result.outcomes[0]?.error, `dryRun ${dryRun}`).toBe(
          'content/fr/archives/bilan-2023/index.md (article « bilan-2023 ») : l’adresse « bilan-2023 » (articles) est déjà prise par l’import de content/fr/blog/posts/bilan-2023/index.md : rien n’est écrasé',
        );
      }
      const both = await importSite({ paths: [path.join(site, 'content/fr/blog/posts/bilan-2023'), copy], dryRun: true, report: null });
      expect(both.outcomes.map((o) => o.error)).toEqual([
        'content/fr/blog/posts/bilan-2023/index.md : même adresse « bilan-2023 » (articles) que content/fr/archives/bilan-2023/index.md ; aucun des deux n’est importé, donnez « slug: » à l’un d’eux',
        'content/fr/archives/bilan-2023/index.md : même adresse « bilan-2023 » (articles) que content/fr/blog/posts/bilan-2023/index.md ; aucun des deux n’est importé, donnez « slug: » à l’un d’eux',
      ]);
      expect(await entry('articles', 'bilan-2023')).toEqual(before);
      rmSync(path.dirname(copy), { recursive: true, force: true });
    });

    it('makes pages of the undated files in the usual folders, and leaves the old legal notice to an editor', async () => {
      for (const [file, slug] of [['about/index.md', 'about'], ['contact/index.md', 'contact'], ['utiliser/marches-publics.md', 'marches-publics']] as const) {
        expect(outcome(legacy.outcomes, file), file).toMatchObject({ kind: 'page', action: 'created', published: true, heldBack: null, newUrl: `/pages/${slug}/` });
        expect(await api<unknown[]>(`/api/pages?filters[slug][$eq]=${slug}`), slug).toHaveLength(1);
        expect(await api<unknown[]>(`/api/articles?status=draft&filters[slug][$eq]=${slug}`), slug).toEqual([]);
      }
      expect((await entry('pages', 'about')).legacyPaths).toBe('/fr/about/');
      const legal = outcome(legacy.outcomes, 'legal/index.md');
      expect(legal).toMatchObject({ kind: 'page', slug: 'ancien-site-legal', published: false, heldBack: 'page légale « Mentions légales » : à fusionner par un éditeur' });
      expect(legal.todo).toContain('ancienne version de la page « Mentions légales » du site (/pages/mentions-legales/) : à fusionner dans celle-ci, puis supprimer ce brouillon');
      expect(await api<unknown[]>('/api/pages?filters[slug][$eq]=ancien-site-legal')).toEqual([]);
    });

    it('reports navigation-only files as « navigation » and builds the main menu from every eleventyNavigation', async () => {
      expect(outcome(legacy.outcomes, '_navigation/gazettes.md')).toMatchObject({ action: 'navigation', error: null });
      expect(outcome(legacy.outcomes, '_navigation/equipe.md').notes).toContain(
        'entrée de menu « L’équipe » sous « À propos » : le menu du site n’a qu’un niveau, ajoutez-la depuis l’administration si elle manque',
      );
      const navigation = await api<{ mainMenu: Array<{ label: string; url: string }> }>('/api/navigation?populate[mainMenu]=true');
      expect(navigation.mainMenu.map(({ label, url }) => `${label} → ${url}`)).toEqual([
        'À propos → /pages/about/',
        'Utiliser → /pages/marches-publics/',
        'Gazettes → /articles/',
        'Contact → /pages/contact/',
      ]);
      expect(legacy.menu).toEqual(navigation.mainMenu.map(({ label, url }) => ({ label, url })));
    });

    it('makes the English files’ eleventyNavigation the English Navigation, to the English pages, never overwriting one written in the admin (issue 32)', async () => {
      type Links = Array<{ label: string; url: string }>;
      const english = () => api<{ locale: string; updatedAt: string; mainMenu: Links; legalLinks: Links }>('/api/navigation?locale=en&populate[mainMenu]=true&populate[legalLinks]=true');
      const shown = (links: Links) => links.map(({ label, url }) => `${label} → ${url}`);
      const navigation = await english();
      expect(navigation.locale).toBe('en');
      expect(shown(navigation.mainMenu)).toEqual(['About → /en/pages/about/', 'Blog → /en/articles/', 'Contact → /en/pages/contact/']);
      // Its menu only: the French legal links are never copied untranslated (the site shows them, said to be French).
      expect(navigation.legalLinks).toEqual([]);
      expect(legacy.englishMenu).toEqual({ links: navigation.mainMenu.map(({ label, url }) => ({ label, url })), action: 'created', notes: [] });
      expect(outcome(legacy.outcomes, 'content/en/_navigation/blog.md')).toMatchObject({ action: 'navigation', notes: ['entrée de menu « Blog » → /en/articles/ (permalink: false : pas de page sur l’ancien site)'] });
      expect(shown((await api<{ mainMenu: Links }>('/api/navigation?populate[mainMenu]=true')).mainMenu)).toEqual([
        'À propos → /pages/about/',
        'Utiliser → /pages/marches-publics/',
        'Gazettes → /articles/',
        'Contact → /pages/contact/',
      ]);
      const report = readFileSync(path.join(site, 'rapport.md'), 'utf8');
      expect(report).toContain('- menu principal anglais (version anglaise de « Navigation ») créé : About → /en/pages/about/ · Blog → /en/articles/ · Contact → /en/pages/contact/\n');
      // Again: nothing written, the settings' list neither.
      const settings = await api<{ updatedAt: string }>('/api/site-setting');
      const again = await importSite({ report: null });
      expect(again.englishMenu?.action).toBe('unchanged');
      expect((await english()).updatedAt).toBe(navigation.updatedAt);
      expect((await api<{ updatedAt: string }>('/api/site-setting')).updatedAt).toBe(settings.updatedAt);
      // Written in the admin: kept as it is, the links it lacks named in the report.
      const put = (data: Record<string, unknown>) =>
        fetch(`${cms.url}/api/navigation?locale=en`, { method: 'PUT', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ data }) });
      expect((await put({ mainMenu: [{ label: 'Home', url: '/en/' }, { label: 'About us', url: '/en/pages/about/' }] })).status).toBe(200);
      const handWritten = await english();
      const kept = await importSite({ paths: [path.join(site, 'content/en')], report: path.join(site, 'rapport-en.md') });
      expect(kept.englishMenu).toMatchObject({
        action: 'unchanged',
        notes: ['menu écrit dans l’administration, gardé tel quel : à y ajouter si besoin « About » → /en/pages/about/, « Blog » → /en/articles/, « Contact » → /en/pages/contact/'],
      });
      expect(await english()).toEqual(handWritten);
      expect(readFileSync(path.join(site, 'rapport-en.md'), 'utf8')).toContain('- menu principal anglais : menu écrit dans l’administration, gardé tel quel : à y ajouter si besoin « About » → /en/pages/about/');
      rmSync(path.join(site, 'rapport-en.md'));
      // The import's menu back, for the site built below.
      expect((await put({ mainMenu: navigation.mainMenu.map(({ label, url }) => ({ label, url })) })).status).toBe(200);
    });

    it('never fails a file for one construct: accented tags, an SVG, a table in a list; and names what it changed with its line', async () => {
      const article = await entry('articles', 'securite-numerique', '&populate[tags]=true&populate[body][on][blocks.image][populate]=image&populate[body][on][blocks.quote][populate]=quote');
      expect((article.tags as Array<{ slug: string; name: string }>).map(({ slug, name }) => `${slug} ${name}`).sort()).toEqual(['logiciel-libre Logiciel libre', 'securite-numerique Sécurité numérique']);
      const body = article.body as Array<Record<string, unknown>>;
      const image = body.find((b) => b.__component === 'blocks.image')?.image as { mime: string; name: string };
      expect(image).toMatchObject({ mime: 'image/png', name: 'suivi.png' });
      expect(outcome(legacy.outcomes, 'securite-numerique/index.md').notes).toContain('image SVG ./suivi.svg (corps) envoyée en PNG : une image SVG n’est jamais servie telle quelle');
      const files = (await (await fetch(`${cms.url}/api/upload/files`, { headers: { authorization: `Bearer ${token}` } })).json()) as Array<{ mime: string }>;
      expect(files.filter((f) => f.mime.includes('svg'))).toEqual([]);
      // A quote whose author is not recognised keeps its whole paragraph.
      expect((body.find((b) => b.__component === 'blocks.quote')?.quote as { text: string }).text).toBe(
        'Comme le rappelait une participante de l’atelier, « une faille corrigée en amont est corrigée pour tous » et cela change la façon de travailler.',
      );
      const procurement = outcome(legacy.outcomes, 'utiliser/marches-publics.md');
      expect(procurement.notes).toContain('ligne 12 : tableau dans une liste ou une citation non pris en charge par le texte enrichi, gardé comme texte');
      expect(JSON.stringify((await entry('pages', 'marches-publics', '&populate[body][on][blocks.rich-text]=true')).body)).toContain('Support — Groupement libre');
      expect(outcome(legacy.outcomes, 'contact/index.md').notes).toContain('ligne 9 : commentaire HTML retiré (<!-- ancienne adresse de la liste : à ne plus afficher -->)');
    });

    it('merges the same pages from the previous legacy site into the entries: their old addresses added, « fusionné »', async () => {
      // An editor's change to the February newsletter waits for publication: the import does not publish it.
      const february = await entry('articles', 'gazette-2023-02');
      const edited = await fetch(`${cms.url}/api/articles/${february.documentId as string}?status=draft`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ data: { description: 'Résumé corrigé, pas encore publié.' } }),
      });
      expect(edited.status).toBe(200);
      const importPrevious = () =>
        run({ paths: [path.join(previousSite, 'content')], siteRoot: previousSite, publish: true, sameAs: [parseSameAs('/fr/blog/bilan/=/articles/bilan-2023/')], report: null });
      previous = await importPrevious();
      expect(previous.outcomes.map((o) => `${o.file} ${o.action} ${o.newUrl}`)).toEqual([
        'content/fr/a-propos/index.md merged /pages/about/',
        'content/fr/actualites/2023-01-28-lettre-de-janvier.md merged /articles/gazette-2023-01/',
        'content/fr/actualites/2023-02-lettre-de-fevrier.md merged /articles/gazette-2023-02/',
        'content/fr/blog/bilan.md merged /articles/bilan-2023/',
        'content/fr/blog/premiere-rencontre.md created /articles/premiere-rencontre/',
      ]);
      expect(previous.failed).toBe(0);
      expect((await entry('articles', 'gazette-2023-01')).legacyPaths).toBe('/fr/gazettes/gazette-2023-01/\n/fr/actualites/2023-01-28-lettre-de-janvier/');
      expect((await entry('pages', 'about')).legacyPaths).toBe('/fr/about/\n/fr/a-propos/');
      // Its menu entry leads to the entry it was merged into.
      expect(previous.menu?.map(({ label, url }) => `${label} → ${url}`)).toEqual(['À propos → /pages/about/', 'Utiliser → /pages/marches-publics/', 'Gazettes → /articles/', 'Contact → /pages/contact/']);
      const [published] = await api<Array<{ legacyPaths: string }>>('/api/articles?filters[slug][$eq]=bilan-2023');
      expect(published?.legacyPaths).toBe('/fr/blog/bilan-2023/\n/fr/blog/bilan/');
      // Again: nothing added twice.
      const [livefebruary] = await api<Array<{ legacyPaths: string; description: string }>>('/api/articles?filters[slug][$eq]=gazette-2023-02');
      expect(livefebruary).toMatchObject({ legacyPaths: '/fr/gazettes/gazette-2023-02/', description: february.description });
      expect((await entry('articles', 'gazette-2023-02')).legacyPaths).toBe('/fr/gazettes/gazette-2023-02/\n/fr/actualites/2023-02-lettre-de-fevrier/');
      expect(outcome(previous.outcomes, 'lettre-de-fevrier.md')).toMatchObject({ published: false, heldBack: 'ancienne adresse en attente : l’entrée a des modifications non publiées' });
      expect((await importPrevious()).outcomes.map((o) => o.action)).toEqual(['merged', 'merged', 'merged', 'merged', 'unchanged']);
      expect((await entry('articles', 'gazette-2023-01')).legacyPaths).toBe('/fr/gazettes/gazette-2023-01/\n/fr/actualites/2023-01-28-lettre-de-janvier/');
    });

    it('imports with a write token of its own on the local CMS, revoked when done', async () => {
      const account = cms.admin;
      const tokens = async (): Promise<string[]> => {
        const response = await fetch(`${cms.url}/admin/api-tokens`, { headers: { authorization: `Bearer ${await adminJwt(cms)}` } });
        return ((await response.json()) as { data: Array<{ name: string }> }).data.map((t) => t.name).filter((n) => n.startsWith('import-'));
      };
      const result = await withTemporaryToken(cms.url, account, async (temporary) => {
        expect(await tokens()).toHaveLength(1);
        return runImport({ paths: [path.join(site, 'content/fr/contact')], siteRoot: site, cmsUrl: cms.url, token: temporary, dryRun: false, publish: true, as: 'auto', log: () => undefined });
      });
      expect(result.outcomes.map((o) => o.action)).toEqual(['unchanged']);
      expect(await tokens()).toEqual([]);
    });

    describe('the site built from it', () => {
      let build: SiteBuild;
      let server: Server;
      let base: string;
      const page = (route: string) => parse(readPage(build.outDir, route));

      beforeAll(async () => {
        // The build's guard against a site without any page is lifted (no demo content).
        build = await buildSite({ strapiUrl: cms.url, token: cms.readToken, env: { ALLOW_EMPTY_SITE: '1' } });
        if (build.code !== 0) throw new Error(build.output.slice(-3000));
        const port = await freePort();
        server = await serveStatic(() => build.outDir, port);
        base = `http://127.0.0.1:${port}`;
      }, 300_000);
      afterAll(async () => {
        if (server) await new Promise((resolve) => server.close(resolve));
        if (build) rmSync(build.outDir, { recursive: true, force: true });
      });

      it('prints no template syntax on any page', () => {
        const html = listFiles(build.outDir).filter((f) => f.endsWith('.html'));
        expect(html.length).toBeGreaterThan(20);
        for (const file of html) expect(readFileSync(path.join(build.outDir, file), 'utf8'), file).not.toMatch(/\{%|%\}|\{\{|\}\}/);
      });

      it('renders each table of the fixture as a DSFR table with its caption and cells', () => {
        const tables: Array<[string, string, string[]]> = [
          ['/articles/journee-contribution/', 'Le programme de la journée', ['Heure', 'Salle Lovelace', 'Revue de code en binôme']],
          ['/articles/forge-publique/', 'Forges utilisées par les équipes', ['Forge', 'GitLab interministériel', '38']],
          ['/articles/partage-de-code/', 'Étapes et responsables', ['Choisir la licence', 'Développeuse', '2 jours']],
          ['/articles/gazette-2023-03/', 'Les chiffres du trimestre', ['Dépôts ouverts', 'Février', '31']],
        ];
        for (const [route, caption, cells] of tables) {
          const table = page(route).querySelector('.fr-table table');
          expect(table?.querySelector('caption')?.text.trim(), route).toBe(caption);
          const texts = (table?.querySelectorAll('th, td') ?? []).map((c) => c.text.trim());
          for (const cell of cells) expect(texts, route).toContain(cell);
        }
        expect(page('/articles/partage-de-code/').querySelectorAll('tbody th[scope="row"]').map((th) => th.text.trim())).toEqual(['Choisir la licence', 'Nettoyer l’historique']);
      });

      it('shows webinars as events with their recording and slides', () => {
        const webinar = page('/evenements/forges-publiques/');
        expect(webinar.querySelector('iframe')?.getAttribute('src')).toBe('https://tube.numerique.gouv.fr/videos/embed/7c1f0a52-1111-4a2b-9c3d-000000000012');
        expect(webinar.querySelector('a[download], a[href$=".pdf"]')).not.toBeNull();
        const other = page('/evenements/accessibilite/');
        expect(other.querySelector('iframe')?.getAttribute('src')).toContain('https://www.youtube-nocookie.com/embed/Xy12Ab34Cd5');
        expect(other.querySelector('a[href="https://exemple.gouv.fr/supports/accessibilite.pdf"]')).not.toBeNull();
      });

      it('leads every old address of the fixture to its new page, served by our static server', async () => {
        // English pages are the site's to build (issue 32): their old addresses are followed once it has an English home.
        const english = existsSync(path.join(build.outDir, 'en', 'index.html'));
        const published = [...legacy.outcomes, ...(previous?.outcomes ?? [])].filter((o) => o.published && o.oldPath && (o.locale === 'fr' || english));
        expect(published.length).toBe(english ? 35 : 31);
        for (const o of published) {
          const response = await fetch(`${base}${o.oldPath}`);
          expect(response.status, o.oldPath ?? '').toBe(200);
          const refresh = parse(await response.text()).querySelector('meta[http-equiv="refresh"]')?.getAttribute('content') ?? '';
          const target = new URL(refresh.replace(/^\d+;\s*url=/i, ''), `${base}${o.oldPath}`);
          expect(target.pathname, o.oldPath ?? '').toBe(o.newUrl);
          expect((await fetch(`${base}${target.pathname}`)).status, o.newUrl ?? '').toBe(200);
        }
      });

      it('leads every old listing, tag and feed address to its new page, served by our static server', async () => {
        const expected: Array<[string, string]> = [
          ...legacy.sectionRedirects.map((r): [string, string] => [r.from, r.to]),
          ['/fr/agenda/', '/evenements/'],
          // Named again: the English listings (issue 32) are tried whatever the run returned.
          ['/en/blog/', '/en/articles/'],
          ['/en/blog/tags/contribution/', '/en/tags/contribution/'],
        ];
        expect(expected.length).toBeGreaterThan(10);
        for (const [from, to] of expected) {
          const response = await fetch(`${base}${from}`, { redirect: 'manual' });
          if (response.status === 301) {
            expect(response.headers.get('location'), from).toBe(to);
          } else {
            expect(response.status, from).toBe(200);
            const refresh = parse(await response.text()).querySelector('meta[http-equiv="refresh"]')?.getAttribute('content') ?? '';
            expect(new URL(refresh.replace(/^\d+;\s*url=/i, ''), `${base}${from}`).pathname, from).toBe(to);
          }
          expect((await fetch(`${base}${to}`)).status, to).toBe(200);
        }
      });

      it('shows a day webinar as public with « horaire non précisé », its recording and slides, and an all-day .ics', async () => {
        const webinar = page('/evenements/achats-logiciels-libres/');
        const facts = webinar.querySelector('article ul:not(.fr-badges-group)')?.text ?? '';
        expect(facts).toMatch(/Date\s*:\s*jeudi 17 novembre 2022, horaire non précisé/);
        expect(facts).not.toMatch(/Durée|heure de Paris|0 h/);
        expect(webinar.querySelector('.fr-badges-group')?.text).toContain('Passé');
        expect(webinar.querySelector('iframe')?.getAttribute('src')).toContain('https://www.youtube-nocookie.com/embed/Ab12Cd34Ef5');
        expect(webinar.querySelector('a[href="https://exemple.gouv.fr/supports/achats-logiciels-libres.pdf"]')).not.toBeNull();
        const ics = await (await fetch(`${base}/evenements/achats-logiciels-libres.ics`)).text();
        expect(ics).toContain('DTSTART;VALUE=DATE:20221117\r\nDTEND;VALUE=DATE:20221118\r\n');
        expect(await (await fetch(`${base}/evenements.ics`)).text()).toContain('DTSTART;VALUE=DATE:20230119\r\nDTEND;VALUE=DATE:20230120\r\n');
        expect(page('/evenements/').querySelector('a[href="/evenements/communs-numeriques/"]')).not.toBeNull();
      });

      it('shows a quote without author without attribution, on its article and on the home page, never « à préciser »', () => {
        for (const route of ['/articles/temoignages-agents/', '/']) {
          const quote = page(route).querySelector('figure.fr-quote');
          expect(quote?.querySelector('blockquote')?.text, route).toContain('Ouvrir notre code nous a fait gagner des contributions');
          expect(quote?.querySelector('.fr-quote__author, figcaption'), route).toBeNull();
          expect(readPage(build.outDir, route), route).not.toMatch(/à préciser/i);
        }
      });

      it('keeps a page the old site archived online, archived, with the reason in its DSFR notice, said to be archived on the site map page', async () => {
        expect(await entry('pages', 'plan-action-2018')).toMatchObject({ archived: true, archiveReason: 'le plan d’action de 2018 a été remplacé par la feuille de route de 2021' });
        const archived = page('/pages/plan-action-2018/');
        expect(archived.querySelector('.fr-notice .fr-notice__title')?.text.replace(/\s+/g, ' ').trim()).toBe('Cette page est archivée : le plan d’action de 2018 a été remplacé par la feuille de route de 2021.');
        expect(archived.querySelector('article[data-pagefind-body]')?.getAttribute('data-pagefind-filter')).toBe('statut:Page archivée');
        expect(page('/plan-du-site/').querySelector('main a[href="/pages/plan-action-2018/"]')?.text).toContain('(page archivée)');
      });

      it('shows the imported pages and menu, nested lists nested in DSFR markup, the SVG as a PNG', () => {
        const about = page('/pages/about/');
        expect(about.querySelector('h1')?.text.trim()).toBe('À propos de la mission');
        expect(about.querySelectorAll('main ul > li > ul > li').map((li) => li.firstChild?.text.trim())).toEqual(['sur les licences', 'sur la publication des dépôts', 'choix de la forge', 'gouvernance du projet']);
        expect(about.querySelectorAll('main ul > li > ul > li > ul > li').map((li) => li.text.trim())).toEqual(['choix de la forge', 'gouvernance du projet']);
        expect(about.querySelectorAll('main ol > li > ol > li').map((li) => li.text.trim())).toEqual(['s’inscrire en ligne', 'confirmer l’adresse']);
        expect(about.querySelectorAll('header .fr-nav__link:not(.fr-translate__language)').map((a) => `${a.text.trim()} ${a.getAttribute('href')}`)).toEqual([
          'À propos /pages/about/',
          'Utiliser /pages/marches-publics/',
          'Gazettes /articles/',
          'Contact /pages/contact/',
        ]);
        const article = page('/articles/securite-numerique/');
        const sources = article.querySelectorAll('main img, main source').map((i) => `${i.getAttribute('src') ?? ''} ${i.getAttribute('srcset') ?? ''}`);
        expect(sources.length).toBeGreaterThan(0);
        for (const src of sources) expect(src).not.toMatch(/\.svg/i);
        expect(listFiles(build.outDir).filter((f) => /\.svg$/i.test(f) && /suivi/i.test(f))).toEqual([]);
      });

      it('shows the English menu of the old site on the English pages, and its French legal links to translate (issue 32)', () => {
        for (const route of ['/en/pages/about/', '/en/']) {
          const english = page(route);
          expect(english.querySelectorAll('header .fr-nav__link:not(.fr-translate__language)').map((a) => `${a.text.trim()} ${a.getAttribute('href')}`), route).toEqual([
            'About /en/pages/about/',
            'Blog /en/articles/',
            'Contact /en/pages/contact/',
          ]);
          // The English Navigation has no legal links yet: the French ones, said to be French (RGAA 8.8).
          expect(english.querySelectorAll('footer .fr-footer__bottom-link').map((a) => a.getAttribute('href')), route).toContain('/plan-du-site/');
          expect(english.querySelector('footer .fr-footer__bottom-list')?.getAttribute('lang'), route).toBe('fr');
          expect(english.querySelector('header .fr-nav__list')?.getAttribute('lang'), route).toBeUndefined();
        }
      });

      it('finds every word of every imported file on its published page (the fidelity check)', async () => {
        const fidelity = await checkFidelity(legacy.outcomes, site, pageFromDist(build.outDir));
        const english = existsSync(path.join(build.outDir, 'en', 'index.html'));
        // Until the site builds English pages, each English file is « page anglaise à vérifier », never a failure.
        expect(fidelity.unchecked.filter((u) => u.file.startsWith('content/en/'))).toEqual(
          english ? [] : englishFiles().map((o) => ({ file: o.file, why: expect.stringMatching(/^page anglaise à vérifier : /) as unknown as string })),
        );
        expect(fidelity.unchecked.filter((u) => !u.file.startsWith('content/en/'))).toEqual([
          { file: 'content/fr/bsoc/2023/projets/catalogue-des-forges.md', why: 'brouillon : date introuvable' },
          { file: 'content/fr/legal/index.md', why: 'brouillon : page légale « Mentions légales » : à fusionner par un éditeur' },
        ]);
        expect(fidelity.files.length).toBe(english ? 31 : 27);
        expect(fidelity.files.filter((f) => f.found < f.words).map((f) => `${f.file} : ${f.missing.join(' | ')}`)).toEqual([]);
        expect(fidelity.found).toBe(fidelity.words);
      });

      it('points internal links at the new routes, never at the old site', () => {
        const links = page('/articles/journee-contribution/').querySelectorAll('.fr-col-12 a, main a').map((a) => a.getAttribute('href') ?? '');
        expect(links).toEqual(expect.arrayContaining(['mailto:floss@numerique.gouv.fr', '/articles/forge-publique/', '/evenements/forges-publiques/', '/articles/gazette-2023-02/']));
        const english = existsSync(path.join(build.outDir, 'en', 'index.html'));
        for (const o of legacy.outcomes.filter((x) => x.published && x.newUrl && (x.locale === 'fr' || english))) {
          const hrefs = page(o.newUrl ?? '/').querySelectorAll('main a').map((a) => a.getAttribute('href') ?? '');
          expect(hrefs.filter((h) => h.startsWith('/fr/') || h.includes('ancien-site.exemple.gouv.fr')), o.newUrl ?? '').toEqual([]);
        }
      });
    });
  });
});
