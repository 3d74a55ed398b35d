import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminJwt, adminSessions, startStrapi, testEditors, testEditorsEnv, type StrapiServer } from '@bluehats/testkit';
import { contentHealthPath } from '../src/content-health/content-health-path';
import { reviewStates } from '../src/review/review-states';
import {
  alteredData,
  buildReads,
  collectionNames,
  collectionWrites,
  contentTypes,
  inEnglish,
  publishingWrite,
  publishedMediaId,
  singleNames,
  singleWrites,
  type Attempt,
} from './admin-write-attempts';

const quoteUid = 'api::quote.quote';
const articleUid = 'api::article.article';

// A 1×1 transparent PNG: the smallest real image the media library accepts.
const pixel = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

type Reply = { status: number; body: { data?: { documentId?: string } } & Record<string, unknown> };

/**
 * The two editor roles, through the admin API the admin panel itself calls: each demo account
 * does what its role allows, and every other request is refused with 403.
 */
describe('editor roles: Rédaction writes drafts, Publication also publishes, neither touches the settings', () => {
  let cms: StrapiServer;
  type Who = 'admin' | keyof typeof testEditors;
  let sessions: Awaited<ReturnType<typeof adminSessions<Who>>>;
  let publishedArticle = '';

  const call = (who: Who, method: string, path: string, data?: Record<string, unknown>): Promise<Reply> =>
    sessions.call<Reply['body']>(who, method, path, data);
  const entry = (uid: string, documentId = ''): string => `/content-manager/collection-types/${uid}${documentId ? `/${documentId}` : ''}`;
  const newQuote = async (who: Who): Promise<Reply> =>
    call(who, 'POST', entry(quoteUid), { text: `Citation rédigée par ${who}.`, authorName: 'Camille Martin' });
  const upload = async (who: Who): Promise<number> => {
    const form = new FormData();
    form.append('files', new Blob([pixel], { type: 'image/png' }), `pixel-${who}.png`);
    const response = await fetch(`${cms.url}/upload`, { method: 'POST', headers: { authorization: `Bearer ${sessions.jwt(who)}` }, body: form });
    return response.status;
  };
  // Settings an editor must not reach: accounts, roles, tokens, webhooks, and the content manager's own views.
  const settings = ['/admin/users', '/admin/roles', '/admin/api-tokens', '/admin/webhooks', entry('plugin::users-permissions.user')];

  beforeAll(async () => {
    cms = await startStrapi({
      timeoutMs: 300_000,
      env: {
        ...testEditorsEnv(),
      },
    });
    sessions = await adminSessions(cms, { admin: cms.admin, ...testEditors });
    const articles = await call('admin', 'GET', `${entry(articleUid)}?pageSize=1&status=published`);
    publishedArticle = String((articles.body.results as Array<{ documentId: string }>)[0]?.documentId);
  }, 400_000);
  afterAll(async () => {
    await cms?.destroy();
  });

  it('creates each role once, with a French description, and one demo account in each', async () => {
    const { body } = await call('admin', 'GET', '/admin/roles');
    const roles = body.data as unknown as Array<{ name: string; description: string; usersCount: number }>;
    for (const name of ['Rédaction', 'Publication']) {
      const matching = roles.filter((role) => role.name === name);
      expect(matching, name).toHaveLength(1);
      expect(matching[0]?.description).toMatch(/publi/);
      expect(matching[0]?.usersCount, name).toBe(1);
    }
    expect(cms.logs()).not.toContain(testEditors.redaction.password);
  });

  it('Rédaction creates and edits drafts and uploads media, but cannot publish, delete or open the settings', async () => {
    const created = await newQuote('redaction');
    expect(created.status).toBe(201);
    const documentId = String(created.body.data?.documentId);
    const article = await call('redaction', 'GET', entry(articleUid, publishedArticle));
    expect(article.status).toBe(200);
    expect((await call('redaction', 'PUT', entry(quoteUid, documentId), { text: 'Citation relue.', authorName: 'Camille Martin' })).status).toBe(200);
    expect(await upload('redaction')).toBe(201);

    expect((await call('redaction', 'POST', `${entry(quoteUid, documentId)}/actions/publish`, {})).status).toBe(403);
    expect((await call('redaction', 'POST', `${entry(articleUid, publishedArticle)}/actions/unpublish`, {})).status).toBe(403);
    expect((await call('redaction', 'DELETE', entry(articleUid, publishedArticle))).status).toBe(403);
    expect((await call('redaction', 'DELETE', entry(quoteUid, documentId))).status).toBe(403);
    for (const path of settings) expect((await call('redaction', 'GET', path)).status, path).toBe(403);
  });

  it('Publication also publishes, unpublishes and deletes, but cannot open the settings', async () => {
    const created = await newQuote('publication');
    expect(created.status).toBe(201);
    const documentId = String(created.body.data?.documentId);
    expect(await upload('publication')).toBe(201);
    expect((await call('publication', 'POST', `${entry(quoteUid, documentId)}/actions/publish`, {})).status).toBe(200);
    expect((await call('publication', 'POST', `${entry(quoteUid, documentId)}/actions/unpublish`, {})).status).toBe(200);
    expect((await call('publication', 'DELETE', entry(quoteUid, documentId))).status).toBe(200);
    for (const path of settings) expect((await call('publication', 'GET', path)).status, path).toBe(403);
  });

  const replaceFile = async (who: Who, id: number, bytes: Buffer, name: string, type = 'image/png'): Promise<number> => {
    const form = new FormData();
    form.append('files', new Blob([new Uint8Array(bytes)], { type }), name);
    form.append('fileInfo', JSON.stringify({ name, alternativeText: `Texte remplacé par ${who}`, caption: null }));
    const response = await fetch(`${cms.url}/upload?id=${id}`, { method: 'POST', headers: { authorization: `Bearer ${sessions.jwt(who)}` }, body: form });
    return response.status;
  };
  const editFileInfo = async (who: Who, id: number): Promise<number> => {
    const form = new FormData();
    form.append('fileInfo', JSON.stringify({ name: 'renomme.png', alternativeText: `Texte changé par ${who}`, caption: 'Légende changée' }));
    const response = await fetch(`${cms.url}/upload?id=${id}`, { method: 'POST', headers: { authorization: `Bearer ${sessions.jwt(who)}` }, body: form });
    return response.status;
  };
  const uploadOwn = async (who: Who): Promise<number> => {
    const form = new FormData();
    form.append('files', new Blob([pixel], { type: 'image/png' }), `propre-${who}-${Date.now()}.png`);
    const response = await fetch(`${cms.url}/upload`, { method: 'POST', headers: { authorization: `Bearer ${sessions.jwt(who)}` }, body: form });
    const body = (await response.json()) as Array<{ id: number }>;
    return Number(body[0]?.id);
  };

  it('nothing Rédaction sends through the admin API changes what the site build reads (every type, every write, the media library)', async () => {
    const before = await buildReads(cms);
    const published = (name: string): string | undefined => {
      const read = before[name];
      return Array.isArray(read) ? (read[0] as { documentId?: string } | undefined)?.documentId : undefined;
    };
    const publishedOf = (uid: string): string | undefined => published(collectionNames.find((name) => contentTypes[name].uid === uid) ?? '');
    const attempts: Attempt[] = [];
    for (const name of collectionNames) {
      const { uid } = contentTypes[name];
      const documentId = published(name);
      if (!documentId) continue;
      const stored = await call('admin', 'GET', entry(uid, documentId));
      const data = stored.body.data as Record<string, unknown>;
      const writes = collectionWrites(uid, documentId, alteredData(uid, data, publishedOf, 'Création pirate'), alteredData(uid, data, publishedOf, 'Correction pirate'));
      attempts.push(...writes, ...(contentTypes[name].localized ? inEnglish(writes) : []));
    }
    for (const name of singleNames) {
      const { uid } = contentTypes[name];
      const stored = await call('admin', 'GET', `/content-manager/single-types/${uid}`);
      const writes = singleWrites(uid, alteredData(uid, stored.body.data as Record<string, unknown>, publishedOf, 'Rédaction pirate'));
      attempts.push(...writes, ...(contentTypes[name].localized ? inEnglish(writes) : []));
    }
    const fileId = publishedMediaId(before);
    expect(fileId, 'un média montré par le site').toBeDefined();

    const answers: string[] = [];
    const notRefused: string[] = [];
    for (const attempt of attempts) {
      const { status, body } = await sessions.call('redaction', attempt.method, attempt.path, attempt.body);
      answers.push(`${attempt.method} ${attempt.path} → ${status} ${status >= 400 ? JSON.stringify(body).slice(0, 160) : ''}`);
      // In English as in French: refused for want of the right, not for a detail of the data.
      // A type without a draft step has no publication of its own: refused in any way will do there.
      const withDraftStep = [...collectionNames, ...singleNames].some((name) => contentTypes[name].draftAndPublish && attempt.path.includes(`/${contentTypes[name].uid}`));
      if (publishingWrite(attempt) && (withDraftStep ? status !== 403 : status < 400)) notRefused.push(`${attempt.method} ${attempt.path} → ${status}`);
    }
    expect(notRefused, 'publier, dépublier ou supprimer : refusé (403) à la Rédaction, en français comme en anglais').toEqual([]);
    const red = await sharp({ create: { width: 2, height: 2, channels: 3, background: '#e1000f' } }).png().toBuffer();
    const fileChanges = {
      replace: await replaceFile('redaction', Number(fileId), red, 'remplace.png'),
      information: await editFileInfo('redaction', Number(fileId)),
      delete: (await call('redaction', 'DELETE', `/upload/files/${fileId}`)).status,
      bulkDelete: (await call('redaction', 'POST', '/upload/actions/bulk-delete', { fileIds: [fileId] })).status,
    };
    answers.push(`fichier ${fileId} : ${JSON.stringify(fileChanges)}`);
    expect(fileChanges, 'le fichier en ligne existe et reste à la Publication').toEqual({ replace: 403, information: 403, delete: 403, bulkDelete: 403 });

    expect(await buildReads(cms), answers.join('\n')).toEqual(before);
    // The attempts were real: Rédaction's own drafts of every type with a draft step were saved.
    const drafted = answers.filter((answer) => /^PUT \/content-manager\/collection-types\/\S+ → 200/.test(answer) && !answer.includes('locale=en'));
    expect(drafted, answers.join('\n')).toHaveLength(collectionNames.filter((name) => contentTypes[name].draftAndPublish).length);
    // Rédaction still writes: the drafts of the types with a draft step, and its own files.
    const ownFile = await uploadOwn('redaction');
    expect(await editFileInfo('redaction', ownFile)).toBe(200);
    expect(await replaceFile('redaction', ownFile, red, 'propre-remplace.png')).toBe(200);
  });

  it('only Publication, or the draft’s author, discards the pending correction of a published entry', async () => {
    const quotes = (await buildReads(cms)).quotes as Array<{ documentId: string; text: string }>;
    const [first, second] = quotes;
    const correction = 'Correction en attente de Publication.';
    expect((await call('publication', 'PUT', entry(quoteUid, String(first?.documentId)), { text: correction })).status).toBe(200);
    expect((await call('redaction', 'POST', `${entry(quoteUid, String(first?.documentId))}/actions/discard`, {})).status).toBe(403);
    const kept = await call('admin', 'GET', `${entry(quoteUid, String(first?.documentId))}?status=draft`);
    expect((kept.body.data as { text?: string } | undefined)?.text).toBe(correction);
    // Its own correction, Rédaction may drop.
    expect((await call('redaction', 'PUT', entry(quoteUid, String(second?.documentId)), { text: 'Correction de la Rédaction.' })).status).toBe(200);
    expect((await call('redaction', 'POST', `${entry(quoteUid, String(second?.documentId))}/actions/discard`, {})).status).toBe(200);
    expect((await call('publication', 'POST', `${entry(quoteUid, String(first?.documentId))}/actions/discard`, {})).status).toBe(200);
  });

  it('keeps a review state on every draft: an empty one is « Non demandée »', async () => {
    const created = await newQuote('redaction');
    const documentId = String(created.body.data?.documentId);
    for (const empty of [null, '']) {
      const saved = await call('redaction', 'PUT', entry(quoteUid, documentId), { text: 'Citation sans relecture.', authorName: 'Camille Martin', reviewState: empty });
      expect([200, 400], JSON.stringify(saved.body)).toContain(saved.status);
      const stored = (await call('admin', 'GET', entry(quoteUid, documentId))).body.data as { reviewState?: string } | undefined;
      expect(stored?.reviewState, String(empty)).toBe(reviewStates.notRequested);
    }
  });

  it('lists in « À compléter » only the entries the account could open in the content manager', async () => {
    const roles = (await call('admin', 'GET', '/admin/roles')).body.data as unknown as Array<{ id: number; code: string }>;
    const author = { email: 'autrice@bluehats.test', password: 'Test-Autrice-2026' };
    const invited = await call('admin', 'POST', '/admin/users', {
      firstname: 'Autrice',
      lastname: 'Strapi',
      email: author.email,
      roles: [roles.find((role) => role.code === 'strapi-author')?.id],
    });
    expect(invited.status).toBe(201);
    const registrationToken = (invited.body.data as { registrationToken?: string } | undefined)?.registrationToken;
    const registered = await sessions.call(null, 'POST', '/admin/register', { registrationToken, userInfo: { firstname: 'Autrice', lastname: 'Strapi', password: author.password } });
    expect(registered.status).toBe(200);
    const jwt = await adminJwt(cms, author);
    const asAuthor = async <Body>(path: string): Promise<Body> =>
      (await (await fetch(`${cms.url}${path}`, { headers: { authorization: `Bearer ${jwt}` } })).json()) as Body;

    // What the content manager shows this account: Strapi's Author role opens only its own entries.
    const visible = new Set<string>();
    for (const name of collectionNames) {
      const listing = await asAuthor<{ results?: Array<{ documentId: string }> }>(`${entry(contentTypes[name].uid)}?pageSize=100`);
      for (const result of listing.results ?? []) visible.add(result.documentId);
    }
    const findings = (await asAuthor<{ data: Array<{ documentId: string; title: string }> }>(contentHealthPath)).data;
    expect(findings.filter((finding) => !visible.has(finding.documentId)).map((finding) => finding.title)).toEqual([]);
    // Its role lets it publish its own entries only: sharing the preview of another's entry is refused.
    const [article] = ((await call('admin', 'GET', `${entry(articleUid)}?pageSize=1`)).body.results ?? []) as Array<{ documentId: string }>;
    const shared = await fetch(`${cms.url}/partage-apercu`, {
      method: 'POST',
      headers: { authorization: `Bearer ${jwt}`, 'content-type': 'application/json' },
      body: JSON.stringify({ uid: articleUid, documentId: article?.documentId, durationSeconds: 3600 }),
    });
    expect(shared.status).toBe(403);
    // Rédaction opens every entry: its list is the whole one.
    const all = (await call('redaction', 'GET', contentHealthPath)).body.data as unknown as unknown[];
    expect(all.length).toBeGreaterThan(0);
  });
});
