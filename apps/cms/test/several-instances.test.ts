import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminJwt,
  createApiToken,
  createThrowawayDatabase,
  restWrite,
  startStrapi,
  type StrapiServer,
  type ThrowawayDatabase,
} from '@bluehats/testkit';

type Article = { documentId: string; title: string };

/**
 * Several CMS instances behind one proxy share a PostgreSQL database (docs/production.md), which is
 * why this file runs on PostgreSQL in the main pass rather than on SQLite: two processes on one
 * SQLite file is not a setup anyone deploys. Instance B boots after A, on A's database and secrets,
 * without the import token in its environment, as after an operator removed it and rolled out.
 */
describe('two CMS instances on one PostgreSQL database', () => {
  const IMPORT_TOKEN = randomBytes(32).toString('hex');
  let database: ThrowawayDatabase;
  let a: StrapiServer;
  let b: StrapiServer;
  let importTokenOnA: { status: number; expiresAt: string | null };

  const read = (cms: StrapiServer, path: string, token = cms.readToken): Promise<Response> =>
    fetch(`${cms.url}${path}`, { headers: { authorization: `Bearer ${token}` } });

  beforeAll(async () => {
    database = await createThrowawayDatabase('postgres');
    a = await startStrapi({ database, env: { STRAPI_IMPORT_TOKEN: IMPORT_TOKEN } });
    const tokens = await fetch(`${a.url}/admin/api-tokens`, { headers: { authorization: `Bearer ${await adminJwt(a)}` } });
    const listed = ((await tokens.json()) as { data: Array<{ name: string; expiresAt: string | null }> }).data;
    importTokenOnA = {
      status: (await read(a, '/api/articles?status=draft', IMPORT_TOKEN)).status,
      expiresAt: listed.find((t) => t.name.startsWith('Import'))?.expiresAt ?? null,
    };
    b = await startStrapi({ database, secrets: a.secrets });
  });
  afterAll(async () => {
    await b?.stop();
    await a?.stop();
    await database?.drop();
  });

  it('serves through B, at once, every edit just published through A (20 edits)', async () => {
    const writer = await createApiToken(a, 'full-access');
    const listing = (await (await read(b, '/api/articles?fields[0]=title&sort=id')).json()) as { data: Article[] };
    const article = listing.data[0] as Article;
    const one = `/api/articles/${article.documentId}?fields[0]=title`;
    const list = '/api/articles?fields[0]=title&sort=id&pagination[pageSize]=100';
    for (let edit = 1; edit <= 20; edit += 1) {
      // B has both answers in its cache before A writes: the test would see a stale one. Polled: a write
      // Strapi makes on its own after the previous edit (any table moves the version) empties B's cache.
      await expect
        .poll(async () => {
          await read(b, one);
          await read(b, list);
          return (await read(b, one)).headers.get('x-bluehats-cache');
        }, { message: `édition ${edit}`, timeout: 10_000, interval: 200 })
        .toBe('hit');
      const title = `Édition ${edit} publiée par l’instance A`;
      await restWrite(a, writer, 'PUT', `/api/articles/${article.documentId}`, { title });
      const [fromOne, fromList] = await Promise.all([read(b, one), read(b, list)]);
      expect(((await fromOne.json()) as { data: Article }).data.title, `édition ${edit}`).toBe(title);
      expect(((await fromList.json()) as { data: Article[] }).data.map((x) => x.title), `édition ${edit}`).toContain(title);
    }
  });

  it('revokes the full-access import token at a boot without STRAPI_IMPORT_TOKEN, and gave it a short life', async () => {
    expect(importTokenOnA.status).toBe(200);
    const hoursLeft = (Date.parse(importTokenOnA.expiresAt ?? '') - Date.now()) / 3_600_000;
    expect(hoursLeft).toBeGreaterThan(23);
    expect(hoursLeft).toBeLessThanOrEqual(24);
    for (const cms of [a, b]) {
      expect((await read(cms, '/api/articles?status=draft', IMPORT_TOKEN)).status, cms.url).toBe(401);
      expect((await fetch(`${cms.url}/api/articles`, { method: 'POST', headers: { authorization: `Bearer ${IMPORT_TOKEN}`, 'content-type': 'application/json' }, body: '{"data":{"title":"Intrusion"}}' })).status).toBe(401);
    }
  });
});
