import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypeNames, contentTypes, isCollectionType, isSingleType, type CollectionTypeName } from '@bluehats/content-types';
import { adminSessions, startStrapi, type StrapiServer } from '@bluehats/testkit';
import { previewApiTokenValue } from '../src/preview/preview-api-token';
import { draftQueries, unpublishedIn } from './draft-read-attempts';
import { describeUploadAttacks } from './upload-attacks';

const PREVIEW_SECRET = 'secret-des-apercus-du-test-api';

type Listing = { data: Array<Record<string, unknown>>; meta: { pagination: { total: number } } };

// Every type the site reads, from the registry generated from the Strapi schemas: a new type is tested here without editing this file.
const collections = contentTypeNames.filter(isCollectionType);
const singles = contentTypeNames.filter(isSingleType);

// The demo content promised to newcomers (at least); a type added without demo entries is served all the same.
const minimum: Partial<Record<CollectionTypeName, number>> = {
  articles: 4,
  quotes: 3,
  videos: 3,
  'project-calls': 2,
  events: 3,
  tags: 1,
  pages: 3,
};

describe.each(['sqlite', 'postgres'] as const)('REST API on %s', (database) => {
  let cms: StrapiServer;
  const get = (path: string, token?: string): Promise<Response> =>
    fetch(`${cms.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  beforeAll(async () => {
    cms = await startStrapi({ database, env: { PREVIEW_SECRET } });
  });
  afterAll(async () => {
    await cms?.destroy();
  });

  it.each(collections)('serves the published %s to the read-only token', async (name) => {
    const response = await get(`/api/${name}?pagination[pageSize]=100`, cms.readToken);
    expect(response.status).toBe(200);
    const body = (await response.json()) as Listing;
    expect(body.data.length).toBeGreaterThanOrEqual(minimum[name] ?? 0);
    expect(body.meta.pagination.total).toBe(body.data.length);
    for (const entry of body.data) {
      expect(typeof entry.documentId).toBe('string');
      if (contentTypes[name].draftAndPublish) expect(entry.publishedAt).toBeTruthy();
    }
  });

  it.each(singles)('serves the single type %s', async (name) => {
    const response = await get(`/api/${name}`, cms.readToken);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: Record<string, unknown> | null };
    expect(body.data).not.toBeNull();
  });

  it('keeps the draft article out of published responses', async () => {
    const body = (await (await get('/api/articles?pagination[pageSize]=100', cms.readToken)).json()) as Listing;
    const titles = body.data.map((a) => String(a.title));
    expect(titles.some((t) => t.includes('Brouillon'))).toBe(false);
  });

  it('refuses drafts to the build token: a leaked STRAPI_READ_TOKEN asking `?status=draft` reads nothing unpublished', async () => {
    const previewToken = previewApiTokenValue(PREVIEW_SECRET);
    const drafts = (await (await get('/api/articles?status=draft&pagination[pageSize]=100', previewToken)).json()) as Listing;
    const draft = drafts.data.find((a) => String(a.title).startsWith('Brouillon'));
    expect(draft, 'le serveur d’aperçu lit le brouillon de démonstration').toBeDefined();
    const attempts = [
      '/api/articles?status=draft&pagination[pageSize]=100',
      `/api/articles/${String(draft?.documentId)}?status=draft`,
      `/api/articles?status=draft&filters[documentId][$eq]=${String(draft?.documentId)}`,
      ...collections.map((name) => `/api/${name}?status=draft`),
      ...singles.map((name) => `/api/${name}?status=draft`),
    ];
    for (const path of attempts) {
      const response = await get(path, cms.readToken);
      expect(await response.text(), path).not.toContain(String(draft?.title));
      expect(response.status, path).toBe(403);
    }
  });

  it('answers only published content to the build token, whatever status, publication parameter or filter it asks (every collection)', async () => {
    const admin = await adminSessions(cms, { admin: cms.admin });
    const entry = (uid: string, documentId: string): string => `/content-manager/collection-types/${uid}/${documentId}`;
    const marker = 'Correction non publiée';
    // In each collection with a draft step: one entry taken offline (a draft only) and one with an unpublished correction.
    const draftOnly = new Set<string>();
    const offline: Array<[string, string]> = [];
    const corrected: Array<[string, string]> = [];
    const withDrafts = collections.filter((name) => contentTypes[name].draftAndPublish);
    for (const name of withDrafts) {
      const { uid } = contentTypes[name];
      const listing = (await (await get(`/api/${name}?pagination[pageSize]=100`, cms.readToken)).json()) as Listing;
      const [first, second] = listing.data;
      if (!first || !second) continue;
      expect((await admin.call('admin', 'POST', `${entry(uid, String(first.documentId))}/actions/unpublish`, {})).status, name).toBe(200);
      draftOnly.add(String(first.documentId));
      offline.push([uid, String(first.documentId)]);
      const field = ['title', 'text', 'name'].find((key) => typeof second[key] === 'string') ?? 'title';
      expect((await admin.call('admin', 'PUT', entry(uid, String(second.documentId)), { [field]: marker })).status, name).toBe(200);
      corrected.push([uid, String(second.documentId)]);
    }
    expect(draftOnly.size, 'un brouillon dans chaque type à publication').toBe(withDrafts.length);
    try {
      const attempts = withDrafts.flatMap((name) => [
        ...draftQueries.map((query) => `/api/${name}?${query}&pagination[pageSize]=100`),
        ...[...draftOnly].flatMap((documentId) => [`/api/${name}/${documentId}?status=`, `/api/${name}/${documentId}?status`]),
      ]);
      const leaks: string[] = [];
      for (const path of attempts) {
        const response = await get(path, cms.readToken);
        const text = await response.text();
        if (response.status === 200) leaks.push(...unpublishedIn(JSON.parse(text), draftOnly, marker).map((leak) => `${path} → ${leak}`));
        else expect([400, 403, 404], `${path} → ${response.status} ${text}`).toContain(response.status);
      }
      expect(leaks.slice(0, 20), `${leaks.length} fuites`).toEqual([]);
    } finally {
      // The other tests of this file count the demo content: put it back as it was.
      for (const [uid, documentId] of offline) await admin.call('admin', 'POST', `${entry(uid, documentId)}/actions/publish`, {});
      for (const [uid, documentId] of corrected) await admin.call('admin', 'POST', `${entry(uid, documentId)}/actions/discard`, {});
    }
  });

  it('populates article bodies with their quote and video entries', async () => {
    const query =
      '/api/articles?pagination[pageSize]=100&populate[body][on][blocks.quote][populate][quote]=true&populate[body][on][blocks.video][populate][video]=true';
    const response = await get(query, cms.readToken);
    expect(response.status).toBe(200);
    const body = (await response.json()) as Listing;
    const blocks = body.data.flatMap((a) => a.body as Array<Record<string, unknown>>);
    const video = blocks.find((b) => b.__component === 'blocks.video') as { video: { title: string } } | undefined;
    expect(video?.video.title).toBeTruthy();
    const quote = blocks.find((b) => b.__component === 'blocks.quote' && b.quote) as { quote: { authorName: string } } | undefined;
    expect(quote?.quote.authorName).toBeTruthy();
  });

  it('names quotes and videos in the admin by their text and author, their title and host, kept in step on a partial update, never served to the site', async () => {
    for (const name of ['quotes', 'videos'] as const) {
      const body = (await (await get(`/api/${name}?pagination[pageSize]=100`, cms.readToken)).json()) as Listing;
      expect(body.data.length).toBeGreaterThan(0);
      for (const served of body.data) expect(served).not.toHaveProperty('pickerLabel');
    }
    const admin = await adminSessions(cms, { admin: cms.admin });
    type Quote = { documentId: string; text: string; authorName: string | null; pickerLabel: string };
    const quotes = await admin.call<{ results: Quote[] }>('admin', 'GET', `/content-manager/collection-types/${contentTypes.quotes.uid}?pageSize=100`);
    expect(quotes.body.results.length).toBeGreaterThan(0);
    for (const quote of quotes.body.results) {
      expect(quote.pickerLabel.startsWith(quote.text.slice(0, 20).replace(/\s+/g, ' '))).toBe(true);
      if (quote.authorName) expect(quote.pickerLabel.endsWith(` — ${quote.authorName}`)).toBe(true);
    }
    const videos = await admin.call<{ results: Array<{ title: string; pickerLabel: string }> }>(
      'admin',
      'GET',
      `/content-manager/collection-types/${contentTypes.videos.uid}?pageSize=100`,
    );
    for (const video of videos.body.results) expect(video.pickerLabel).toMatch(new RegExp(`^${video.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} — (PeerTube|YouTube|Dailymotion|Vimeo)`));
    // Only the author sent: the text comes from the stored draft.
    const [first] = quotes.body.results;
    const path = `/content-manager/collection-types/${contentTypes.quotes.uid}/${first!.documentId}`;
    const saved = await admin.call<{ data: Quote }>('admin', 'PUT', path, { authorName: 'Autrice renommée' });
    expect(saved.status).toBe(200);
    expect(saved.body.data.pickerLabel.endsWith(' — Autrice renommée')).toBe(true);
    expect(saved.body.data.pickerLabel.startsWith(first!.text.slice(0, 20))).toBe(true);
    await admin.call('admin', 'POST', `${path}/actions/discard`, {});
  });

  it('names a single type by its type on the admin home page, not by its documentId', async () => {
    const admin = await adminSessions(cms, { admin: cms.admin });
    const navigation = contentTypes.navigation.uid;
    const current = await admin.call<{ data: Record<string, unknown> }>('admin', 'GET', `/content-manager/single-types/${navigation}`);
    expect((await admin.call('admin', 'PUT', `/content-manager/single-types/${navigation}`, current.body.data)).status).toBe(200);
    type Recent = { title: string; contentTypeUid: string };
    const recent = await admin.call<{ data: Recent[] }>('admin', 'GET', '/content-manager/homepage/recent-documents?action=update');
    expect(recent.body.data.find((document) => document.contentTypeUid === navigation)?.title).toBe('Navigation');
  });

  it('lets the build token read content only: not the media library’s list nor the accounts’ roles', async () => {
    for (const path of ['/api/upload/files', '/api/upload/files/1', '/api/users-permissions/roles', '/api/users', '/api/users/me']) {
      expect([401, 403, 404], path).toContain((await get(path, cms.readToken)).status);
    }
  });

  it('gives anonymous visitors nothing to read', async () => {
    for (const name of [...collections, ...singles]) {
      expect([401, 403], name).toContain((await get(`/api/${name}`)).status);
    }
  });

  it('refuses every write from anonymous visitors and from the read-only token', async () => {
    const listing = (await (await get('/api/articles', cms.readToken)).json()) as Listing;
    const documentId = String(listing.data[0]?.documentId);
    // Every write route of the content API, the media library and the users plugin.
    const attempts: Array<[string, string]> = [
      ...collections.flatMap((name): Array<[string, string]> => [
        ['POST', `/api/${name}`],
        ['PUT', `/api/${name}/${documentId}`],
        ['DELETE', `/api/${name}/${documentId}`],
      ]),
      ...singles.flatMap((name): Array<[string, string]> => [
        ['PUT', `/api/${name}`],
        ['DELETE', `/api/${name}`],
      ]),
      ['POST', '/api/upload'],
      ['DELETE', '/api/upload/files/1'],
      ['POST', '/api/auth/local/register'],
      ['POST', '/api/users'],
      ['PUT', '/api/users/1'],
      ['DELETE', '/api/users/1'],
    ];
    for (const token of [undefined, cms.readToken]) {
      for (const [method, path] of attempts) {
        const response = await fetch(`${cms.url}${path}`, {
          method,
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: method === 'DELETE' ? undefined : JSON.stringify({ data: { title: 'Intrusion' } }),
        });
        expect([401, 403, 405], `${method} ${path} ${token ? 'token' : 'anonyme'}`).toContain(response.status);
      }
    }
    const after = (await (await get(`/api/articles/${documentId}`, cms.readToken)).json()) as { data: { title: string } };
    expect(after.data.title).not.toBe('Intrusion');
  });

  it('lets the local administrator log in', async () => {
    const response = await fetch(`${cms.url}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: cms.admin.email, password: cms.admin.password }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { token?: string; accessToken?: string } };
    expect(body.data.token ?? body.data.accessToken).toBeTruthy();
  });

  describeUploadAttacks(() => cms);
});
