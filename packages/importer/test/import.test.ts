import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken, startStrapi, type StrapiServer } from '@bluehats/testkit';
import { runImport, type FileOutcome, type ImportOptions } from '../src';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
// A 1×1 PNG: binary fixtures are written at test time rather than committed.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

describe('npm run import, against a real Strapi', () => {
  let cms: StrapiServer;
  let dir: string;
  let token: string;
  let first: FileOutcome[];

  const run = (overrides: Partial<ImportOptions> = {}) =>
    runImport({ paths: [dir], cmsUrl: cms.url, token, dryRun: false, publish: false, as: 'auto', siteRoot: null, today: '2026-11-22', log: () => undefined, ...overrides });
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
    cpSync(fixtures, dir, { recursive: true });
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
    expect(result.action).toBe('créé');
    expect(result.notes).toContain('clés d’en-tête non importées : auteur');
    expect(result.notes).toContain('HTML : attribut onclick retiré de <div>');
    expect(result.notes).toContain('HTML : <script> retiré');
    expect(await api<unknown[]>('/api/articles?filters[slug][$eq]=article-complet')).toEqual([]);
    const [article] = await api<Array<Record<string, unknown>>>(
      '/api/articles?status=draft&filters[slug][$eq]=article-complet&populate[cover]=true&populate[tags]=true&populate[body][on][blocks.quote][populate][quote][populate]=portrait&populate[body][on][blocks.video][populate]=video&populate[body][on][blocks.rich-text]=true&populate[body][on][blocks.legacy-html]=true&populate[body][on][blocks.image][populate]=image',
    );
    expect(article?.title).toBe('Une journée de contribution au sein d’un ministère');
    expect(article?.date).toBe('2024-03-14');
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
    expect(result).toMatchObject({ action: 'créé', kind: 'project-call' });
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
    expect(result.action).toBe('créé');
    expect(result.notes[0]).toMatch(/^texte réparé : de l’UTF-8 avait été lu comme du Mac Roman/);
    const [article] = await api<Array<{ title: string; description: string }>>('/api/articles?status=draft&filters[slug][$eq]=texte-abime');
    expect(article?.title).toBe('Un texte abîmé par un mauvais encodage');
    expect(article?.description).toBe('Les accents de ce fichier ont été lus en Mac Roman puis réenregistrés.');
  });

  it('removes a hostile iframe and a javascript: link, and reports them', () => {
    const result = outcome(first, 'iframe-hostile.md');
    expect(result.action).toBe('créé');
    expect(result.notes).toEqual([
      'vidéo d’un hébergeur non autorisé retirée (https://videos.exemple-malveillant.test/embed/123)',
      'HTML : adresse dangereuse retirée de <a> (javascript:alert(1))',
      'HTML : <iframe> d’un hébergeur non autorisé retirée (https://pub.exemple-malveillant.test/)',
    ]);
  });

  it('imports an article whose image is missing, without the image, and reports it', () => {
    expect(outcome(first, 'image-absente.md')).toMatchObject({
      action: 'créé',
      notes: ['image introuvable, non importée : ./disparue.png (image) ; ajoutez-la depuis l’administration'],
    });
  });

  it('refuses broken files with a message naming the file and the field, and creates nothing for them', async () => {
    expect(outcome(first, 'en-tete-casse.md').error).toMatch(/^en-tete-casse\.md \(front matter\) : YAML invalide à la ligne \d+/);
    expect(outcome(first, 'image-illisible.md').error).toBe(
      'image-illisible.md (image) : « ./pas-une-image.png » n’est pas une image lisible (PNG, JPEG, GIF ou WebP attendu).',
    );
    expect(outcome(first, 'pas-utf8.md').error).toBe(
      'pas-utf8.md : ce fichier n’est pas en UTF-8 (octet invalide à la position 14) : réenregistrez-le en UTF-8 avant de l’importer.',
    );
    expect(outcome(first, 'tableau.md').error).toBe('tableau.md (corps) : bloc Markdown non pris en charge : tableau.');
    for (const slug of ['en-tete-casse', 'image-illisible', 'pas-utf8', 'tableau', 'video-refusee']) {
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
    expect(again.outcomes.filter((o) => o.action !== 'échec').every((o) => o.action === 'inchangé')).toBe(true);
    expect(again.failed).toBe(5);
    expect(await counts()).toEqual(before);
    writeFileSync(path.join(dir, 'image-absente.md'), `${'---\ntitle: Un article dont l’image a disparu\ndescription: Texte modifié.\ndate: 2024-02-01\n---\n'}Nouveau texte.\n`);
    const dry = await run({ dryRun: true });
    expect(outcome(dry.outcomes, 'image-absente.md').action).toBe('serait mis à jour');
    expect(await counts()).toEqual(before);
  });

  it('publishes with --publish', async () => {
    const result = await run({ publish: true, paths: [path.join(dir, 'image-absente.md')] });
    expect(result.outcomes[0]?.action).toBe('mis à jour');
    const [published] = await api<Array<{ description: string }>>('/api/articles?filters[slug][$eq]=image-absente');
    expect(published?.description).toBe('Texte modifié.');
  });
});
