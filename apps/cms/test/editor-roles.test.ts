import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSessions, startStrapi, testEditors, testEditorsEnv, type StrapiServer } from '@bluehats/testkit';

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
});
