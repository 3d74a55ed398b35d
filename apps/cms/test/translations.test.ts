import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSessions, createApiToken, restWrite, runSql, startStrapi, testDatabase, testEditors, testEditorsEnv, type StrapiServer } from '@bluehats/testkit';
import { contentHealthPath } from '../src/content-health/content-health-path';
import { reviewStates } from '../src/review/review-states';
import { translationRequestField } from '../src/i18n/translation-request';

type Json = Record<string, unknown>;
type Finding = { documentId: string; problem: string };
type WebhookCall = { event: string; model: string; entry: Json };

const articleUid = 'api::article.article';
const missing = /^traduction manquante/;
const body = (text: string) => [{ __component: 'blocks.rich-text', content: [{ type: 'paragraph', children: [{ type: 'text', text }] }] }];
const english = (title: string): Json => ({
  title,
  slug: title.toLowerCase().replace(/[^a-z]+/g, '-'),
  description: `${title}, in English.`,
  body: body(`${title}: the English text.`),
});

/**
 * An English version through the admin, by Rédaction and Publication: the same rights as in French,
 * its own review, no draft for the site's token, « traduction manquante » until it is published,
 * and the rebuild webhook told which language changed. One Strapi.
 */
describe(`traductions dans l’administration sur ${testDatabase}`, () => {
  let cms: StrapiServer;
  let webhook: Server;
  const calls: WebhookCall[] = [];
  type Who = keyof typeof testEditors;
  let sessions: Awaited<ReturnType<typeof adminSessions<Who>>>;
  let writer = '';

  const entry = (documentId: string, action = '', locale = 'en'): string =>
    `/content-manager/collection-types/${articleUid}/${documentId}${action}?locale=${locale}`;
  const asEditor = (who: Who, method: string, path: string, data?: Json) => sessions.call<Json>(who, method, path, data);
  const frenchArticle = async (title: string, extra: Json = {}): Promise<string> =>
    String(
      (
        await restWrite(cms, writer, 'POST', '/api/articles?status=published', {
          title,
          slug: title.toLowerCase().normalize('NFD').replace(/[^a-z]+/g, '-'),
          description: `${title}, en français.`,
          date: '2026-11-02',
          body: body(`${title} : le texte français.`),
          ...extra,
        })
      ).documentId,
    );
  const readAs = async (token: string, path: string): Promise<{ status: number; text: string }> => {
    const response = await fetch(`${cms.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
    return { status: response.status, text: await response.text() };
  };
  type Version = { id: number; locale: string | null; viewUrl: string | null };
  /** The « Versions publiées » panel's list in one language's edit view, as Publication reads it. */
  const versionsOf = async (documentId: string, locale: string): Promise<Version[]> => {
    const listed = await asEditor('publication', 'GET', `/versions-publiees/${articleUid}/${documentId}?locale=${locale}`);
    expect(listed.status).toBe(200);
    // The rows' language, read from the database, beside what the panel lists.
    const rows = await runSql<{ id: number; locale: string | null }>(cms.database, 'SELECT id, locale FROM bluehats_published_versions WHERE document_id = ?', [documentId]);
    return (listed.body.data as Array<{ id: number; viewUrl: string | null }>).map((version) => ({ ...version, locale: rows.find((row) => Number(row.id) === version.id)?.locale ?? null }));
  };
  const findings = async (): Promise<Finding[]> => ((await asEditor('publication', 'GET', contentHealthPath)).body.data as Finding[]) ?? [];
  const reviewOf = async (documentId: string): Promise<Record<string, string>> =>
    Object.fromEntries(
      (await runSql<{ locale: string; review_state: string }>(cms.database, 'SELECT locale, review_state FROM articles WHERE document_id = ? AND published_at IS NULL', [documentId])).map((row) => [
        row.locale,
        row.review_state,
      ]),
    );

  beforeAll(async () => {
    webhook = createServer((request, response) => {
      let text = '';
      request.on('data', (chunk: Buffer) => (text += chunk.toString()));
      request.on('end', () => {
        calls.push(JSON.parse(text) as WebhookCall);
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => webhook.listen(0, '127.0.0.1', resolve));
    const { port } = webhook.address() as AddressInfo;
    cms = await startStrapi({
      // A preview secret: « Versions publiées » gives each version a link to its page (in its own language).
      env: { ...testEditorsEnv(), REBUILD_WEBHOOK_URL: `http://127.0.0.1:${port}/webhook`, REBUILD_WEBHOOK_SECRET: 'secret-du-webhook-de-test', PREVIEW_SECRET: 'secret-d-apercu-de-test' },
    });
    sessions = await adminSessions(cms, testEditors);
    writer = await createApiToken(cms, 'full-access');
  }, 300_000);
  afterAll(async () => {
    await cms?.destroy();
    await new Promise((resolve) => webhook?.close(resolve));
  });

  it('laisse la Rédaction écrire la version anglaise mais pas la publier, et le jeton du site ne lit jamais ce brouillon', async () => {
    const documentId = await frenchArticle('Brouillon anglais gardé');
    const saved = await asEditor('redaction', 'PUT', entry(documentId), english('Guarded English draft'));
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect((saved.body.data as Json).locale).toBe('en');

    const refused = await asEditor('redaction', 'POST', entry(documentId, '/actions/publish'), english('Guarded English draft'));
    expect(refused.status).toBe(403);

    // Every way the site's token could ask for the English draft: refused or answered without it.
    for (const path of [
      `/api/articles/${documentId}?locale=en&status=draft`,
      `/api/articles?locale=en&status=draft`,
      `/api/articles?locale=en&status[0]=draft`,
      `/api/articles/${documentId}?locale=en`,
      `/api/articles?locale=en`,
      `/api/articles?locale=*&status=draft`,
    ]) {
      const answer = await readAs(cms.readToken, path);
      expect(answer.text, path).not.toContain('Guarded English draft');
      expect([200, 403, 404], path).toContain(answer.status);
    }
    expect((await readAs(cms.readToken, `/api/articles/${documentId}?locale=en`)).status).toBe(404);
  });

  it('laisse Publication publier la version anglaise, et le webhook de reconstruction dit sa langue', async () => {
    const documentId = await frenchArticle('Publié en anglais');
    expect((await asEditor('publication', 'PUT', entry(documentId), english('Published in English'))).status).toBe(200);
    calls.length = 0;
    const frenchVersions = (await versionsOf(documentId, 'fr')).map((version) => version.id);
    const published = await asEditor('publication', 'POST', entry(documentId, '/actions/publish'), english('Published in English'));
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    // « Versions publiées » keeps the English publication as English: listed in the English edit view, not in the French one.
    expect((await versionsOf(documentId, 'en')).map((version) => version.locale)).toEqual(['en']);
    expect((await versionsOf(documentId, 'fr')).map((version) => version.id)).toEqual(frenchVersions);

    const answer = await readAs(cms.readToken, `/api/articles/${documentId}?locale=en`);
    expect(answer.status).toBe(200);
    expect(answer.text).toContain('Published in English');
    // The French version is untouched.
    expect((await readAs(cms.readToken, `/api/articles/${documentId}`)).text).toContain('Publié en anglais');

    await expect.poll(() => calls.find((call) => call.event === 'entry.publish' && call.entry.documentId === documentId), { timeout: 10_000 }).toBeDefined();
    const publication = calls.find((call) => call.event === 'entry.publish' && call.entry.documentId === documentId);
    expect(publication).toMatchObject({ model: 'article', entry: { documentId, locale: 'en', slug: 'published-in-english' } });
  });

  it('restaure une version anglaise dans le brouillon anglais, sans toucher au français', async () => {
    const documentId = await frenchArticle('Restauré en anglais');
    expect((await asEditor('publication', 'PUT', entry(documentId), english('First English text'))).status).toBe(200);
    expect((await asEditor('publication', 'POST', entry(documentId, '/actions/publish'), english('First English text'))).status).toBe(200);
    expect((await asEditor('publication', 'POST', entry(documentId, '/actions/publish'), { ...english('First English text'), title: 'Second English text' })).status).toBe(200);
    const [latest, first] = await versionsOf(documentId, 'en');
    expect(latest && first).toBeTruthy();
    expect(new URL(first?.viewUrl ?? 'http://x/').pathname.startsWith('/en/apercu/')).toBe(true);

    const restored = await asEditor('redaction', 'POST', `/versions-publiees/${first?.id}/restauration`, {});
    expect(restored.status, JSON.stringify(restored.body)).toBe(200);
    const drafts = await runSql<{ locale: string; title: string }>(cms.database, 'SELECT locale, title FROM articles WHERE document_id = ? AND published_at IS NULL', [documentId]);
    expect(Object.fromEntries(drafts.map((row) => [row.locale, row.title]))).toEqual({ fr: 'Restauré en anglais', en: 'First English text' });
    // Nothing changes online before the next publication.
    expect((await readAs(cms.readToken, `/api/articles/${documentId}?locale=en`)).text).toContain('Second English text');
  });

  it('garde une relecture par langue : publier l’anglais ne remet à zéro que la sienne', async () => {
    const documentId = await frenchArticle('Relu dans chaque langue');
    expect((await asEditor('redaction', 'PUT', entry(documentId), { ...english('Reviewed in each language'), reviewState: reviewStates.toReview })).status).toBe(200);
    expect((await asEditor('redaction', 'PUT', entry(documentId, '', 'fr'), { reviewState: reviewStates.toReview })).status).toBe(200);
    expect(await reviewOf(documentId)).toEqual({ fr: reviewStates.toReview, en: reviewStates.toReview });

    expect((await asEditor('publication', 'POST', entry(documentId, '/actions/publish'), {})).status).toBe(200);
    expect(await reviewOf(documentId)).toEqual({ fr: reviewStates.toReview, en: reviewStates.notRequested });
  });

  it('liste « traduction manquante » quand la traduction est demandée, jusqu’à la publication de l’anglais', async () => {
    const asked = await frenchArticle('Traduction demandée', { [translationRequestField]: true });
    const notAsked = await frenchArticle('Traduction pas demandée');
    const missingFor = async (): Promise<string[]> => (await findings()).filter((f) => missing.test(f.problem)).map((f) => f.documentId);
    expect(await missingFor()).toContain(asked);
    expect(await missingFor()).not.toContain(notAsked);

    // An English draft is not a translation yet; its box is the French one (shared).
    expect((await asEditor('redaction', 'PUT', entry(asked), english('Translation asked for'))).status).toBe(200);
    const english_ = await asEditor('publication', 'GET', entry(asked));
    expect((english_.body.data as Json)[translationRequestField]).toBe(true);
    expect(await missingFor()).toContain(asked);

    expect((await asEditor('publication', 'POST', entry(asked, '/actions/publish'), {})).status).toBe(200);
    expect(await missingFor()).not.toContain(asked);
  });
});
