import { afterEach, describe, expect, it } from 'vitest';
import type { Tag } from '@bluehats/content-types';
import { createStrapiClient, StrapiClientError } from '../src/index';
import { closedPort, siteSetting, startFakeStrapi, tag, tagPage, type FakeReply, type FakeRequest } from './fake-strapi';

const TOKEN = 'secret-token-0123456789abcdef';
const servers: Array<{ close: () => Promise<void> }> = [];

const fake = async (reply: (request: FakeRequest, index: number) => FakeReply) => {
  const server = await startFakeStrapi(reply);
  servers.push(server);
  return server;
};

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const failure = async (promise: Promise<unknown>): Promise<StrapiClientError> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof StrapiClientError) return error;
    throw error;
  }
  throw new Error('une erreur était attendue');
};

/** Everything an error exposes: message, stack, fields and causes. */
const exposed = (error: StrapiClientError): string => {
  const parts = [error.message, error.stack ?? '', JSON.stringify({ ...error, entry: error.entry })];
  let cause: unknown = error.cause;
  while (cause instanceof Error) {
    parts.push(cause.message, cause.stack ?? '');
    cause = cause.cause;
  }
  return parts.join('\n');
};

describe('findAll', () => {
  it('récupère 250 entrées réparties sur 3 pages en exactement 3 requêtes', async () => {
    const server = await fake(({ query }) => ({ status: 200, body: tagPage(query, 250) }));
    const client = createStrapiClient({ url: server.url, token: TOKEN });
    const tags: Tag[] = await client.findAll('tags');
    expect(tags).toHaveLength(250);
    expect(tags.map((entry) => entry.id)).toEqual(Array.from({ length: 250 }, (_, index) => index + 1));
    expect(client.stats.requests).toBe(3);
    expect(client.stats.bytes).toBeGreaterThan(0);
    expect(server.requests).toHaveLength(3);
    const [first] = server.requests;
    expect(first?.path).toBe('/api/tags');
    expect(first?.query.get('pagination[page]')).toBe('1');
    expect(first?.query.get('pagination[pageSize]')).toBe('100');
    expect(first?.query.get('pagination[withCount]')).toBe('true');
    expect(first?.query.get('populate[articles]')).toBe('true');
    expect(first?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(server.requests.map((request) => request.query.get('pagination[page]')).sort()).toEqual(['1', '2', '3']);
  });

  it('ne dépasse pas la concurrence demandée', async () => {
    const server = await fake(({ query }) => ({ status: 200, body: tagPage(query, 1000) }));
    const client = createStrapiClient({ url: server.url, concurrency: 2 });
    expect(await client.findAll('tags')).toHaveLength(1000);
    expect(client.stats.requests).toBe(10);
    expect(server.maxInFlight()).toBe(2);
  });

  it('envoie la population des zones dynamiques avec des fragments on', async () => {
    const server = await fake(() => ({ status: 200, body: { data: [], meta: { pagination: { page: 1, pageSize: 100, pageCount: 0, total: 0 } } } }));
    const client = createStrapiClient({ url: `${server.url}/` });
    expect(await client.findAll('articles')).toEqual([]);
    const query = server.requests[0]?.query;
    expect(query?.get('populate[body][on][blocks.quote][populate][quote][populate][portrait]')).toBe('true');
    expect(query?.get('populate[body][on][blocks.video][populate][video][populate][poster]')).toBe('true');
    expect(query?.get('populate[body][on][blocks.rich-text]')).toBe('true');
    expect(client.stats.requests).toBe(1);
  });

  it('réessaie après une erreur 500 puis réussit', async () => {
    const server = await fake(({ query }, index) =>
      index === 0 ? { status: 500, body: { data: null, error: { status: 500, message: 'Internal Server Error' } } } : { status: 200, body: tagPage(query, 3) },
    );
    const client = createStrapiClient({ url: server.url, retryDelayMs: 5 });
    expect(await client.findAll('tags')).toHaveLength(3);
    expect(client.stats.requests).toBe(2);
  });

  it('abandonne après les nouvelles tentatives sur des 5xx répétés', async () => {
    const server = await fake(() => ({ status: 502, body: {} }));
    const client = createStrapiClient({ url: server.url, retries: 2, retryDelayMs: 5 });
    const error = await failure(client.findAll('tags'));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(502);
    expect(error.message).toContain('après 3 tentatives');
    expect(client.stats.requests).toBe(3);
  });

  it('signale un refus 403 en nommant l’URL, sans réessayer ni divulguer le jeton', async () => {
    const server = await fake(() => ({ status: 403, body: { data: null, error: { status: 403, name: 'ForbiddenError', message: 'Forbidden' } } }));
    const client = createStrapiClient({ url: server.url, token: TOKEN, retryDelayMs: 5 });
    const error = await failure(client.findAll('articles'));
    expect(error.kind).toBe('unauthorized');
    expect(error.status).toBe(403);
    expect(error.contentType).toBe('articles');
    expect(error.message).toContain(`Accès refusé (403) par ${server.url}/api/articles`);
    expect(error.message).toContain('STRAPI_TOKEN');
    expect(client.stats.requests).toBe(1);
    expect(exposed(error)).not.toContain(TOKEN);
  });

  it('ne réessaie pas une erreur 4xx et rapporte le message de Strapi', async () => {
    const server = await fake(() => ({ status: 400, body: { data: null, error: { status: 400, name: 'ValidationError', message: 'Invalid key populate' } } }));
    const client = createStrapiClient({ url: server.url, token: TOKEN, retryDelayMs: 5 });
    const error = await failure(client.findAll('quotes'));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(400);
    expect(error.message).toContain('Invalid key populate');
    expect(client.stats.requests).toBe(1);
  });

  it('signale un CMS injoignable (connexion refusée)', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const client = createStrapiClient({ url, token: TOKEN, retries: 1, retryDelayMs: 5 });
    const error = await failure(client.findAll('videos'));
    expect(error.kind).toBe('unreachable');
    expect(error.message).toContain(`CMS injoignable à ${url}/api/videos`);
    expect(error.message).toContain('ECONNREFUSED');
    expect(client.stats.requests).toBe(2);
    expect(exposed(error)).not.toContain(TOKEN);
  });

  it('abandonne une requête trop lente', async () => {
    const server = await fake(() => 'hang');
    const client = createStrapiClient({ url: server.url, token: TOKEN, timeoutMs: 50, retries: 1, retryDelayMs: 5 });
    const error = await failure(client.findAll('tags'));
    expect(error.kind).toBe('timeout');
    expect(error.message).toContain('50 ms');
    expect(server.requests).toHaveLength(2);
    expect(exposed(error)).not.toContain(TOKEN);
  });

  it('nomme le documentId, le slug et le champ d’une entrée invalide', async () => {
    const broken = { ...tag(2), name: 42 };
    const server = await fake(() => ({
      status: 200,
      body: { data: [tag(1), broken], meta: { pagination: { page: 1, pageSize: 100, pageCount: 1, total: 2 } } },
    }));
    const client = createStrapiClient({ url: server.url, token: TOKEN });
    const error = await failure(client.findAll('tags'));
    expect(error.kind).toBe('invalid-entry');
    expect(error.entry).toEqual({ documentId: broken.documentId, slug: 'etiquette-2' });
    expect(error.field).toBe('name');
    expect(error.message).toBe(
      `Entrée invalide dans tags (documentId ${broken.documentId}, slug etiquette-2) : champ name — Invalid input: expected string, received number`,
    );
    expect(exposed(error)).not.toContain(TOKEN);
  });

  it('rend les entrées telles que Strapi les envoie avec validate: false (l’appelant les vérifie lui-même)', async () => {
    const broken = { ...tag(2), name: 42 };
    const server = await fake(() => ({
      status: 200,
      body: { data: [tag(1), broken], meta: { pagination: { page: 1, pageSize: 100, pageCount: 1, total: 2 } } },
    }));
    const client = createStrapiClient({ url: server.url, token: TOKEN, validate: false });
    expect(await client.findAll('tags')).toEqual([tag(1), broken]);
  });

  it('formate le chemin d’un champ imbriqué avec ses indices', async () => {
    const broken = { ...tag(1), articles: [{ id: 1, documentId: 'a', slug: 'x' }] };
    const server = await fake(() => ({
      status: 200,
      body: { data: [broken], meta: { pagination: { page: 1, pageSize: 100, pageCount: 1, total: 1 } } },
    }));
    const error = await failure(createStrapiClient({ url: server.url }).findAll('tags'));
    expect(error.field).toMatch(/^articles\[0\]\.\w+$/);
    expect(error.message).toContain('champ articles[0].');
  });
});

describe('findSingle', () => {
  it('renvoie le type unique validé, population comprise', async () => {
    const server = await fake(() => ({ status: 200, body: { data: siteSetting(), meta: {} } }));
    const client = createStrapiClient({ url: server.url, token: TOKEN });
    const settings = await client.findSingle('site-setting');
    expect(settings.siteName).toBe('code.gouv.fr');
    expect(server.requests[0]?.path).toBe('/api/site-setting');
    expect(server.requests[0]?.query.get('populate[defaultSeo][populate][shareImage]')).toBe('true');
    expect(server.requests[0]?.query.has('pagination[page]')).toBe(false);
  });

  it('signale un type unique jamais enregistré (404)', async () => {
    const server = await fake(() => ({ status: 404, body: { data: null, error: { status: 404, name: 'NotFoundError', message: 'Not Found' } } }));
    const error = await failure(createStrapiClient({ url: server.url }).findSingle('navigation'));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(404);
    expect(error.message).toContain(`${server.url}/api/navigation`);
  });
});

describe('locale', () => {
  // Every reading function, in the default language or in the one asked.
  const readAll = async (client: ReturnType<typeof createStrapiClient>, options: { locale?: 'en' }) => [
    await client.findAll('tags', options),
    await client.listKeys('tags', options),
    await client.count('tags', options),
    await client.mark('tags', options),
    await client.findSingle('site-setting', options),
    await client.findDocument('tags', 'tag000000000000000000001', 'draft', options),
  ];

  it('n’envoie aucun paramètre de langue sans locale, et locale=en partout où on le demande', async () => {
    const server = await fake(({ path, query }) => {
      const locale = query.get('locale') ?? 'fr';
      if (path === '/api/site-setting') return { status: 200, body: { data: { ...siteSetting(), locale }, meta: {} } };
      if (path.startsWith('/api/tags/')) return { status: 200, body: { data: { ...tag(1), locale }, meta: {} } };
      return { status: 200, body: tagPage(query, 3) };
    });
    const client = createStrapiClient({ url: server.url, token: TOKEN });
    const french = await readAll(client, {});
    const frenchRequests = server.requests.splice(0);
    const english = await readAll(client, { locale: 'en' });
    expect(frenchRequests.map((request) => request.query.has('locale'))).toEqual(frenchRequests.map(() => false));
    expect(server.requests.map((request) => request.query.get('locale'))).toEqual(frenchRequests.map(() => 'en'));
    // Apart from the locale, the same requests.
    const withoutLocale = (query: URLSearchParams) => [...query].filter(([key]) => key !== 'locale');
    expect(server.requests.map((request) => [request.path, withoutLocale(request.query)])).toEqual(frenchRequests.map((request) => [request.path, withoutLocale(request.query)]));
    expect((french[0] as Tag[]).map((entry) => entry.locale)).toEqual(['fr', 'fr', 'fr']);
    expect((english[0] as Tag[]).map((entry) => entry.locale)).toEqual(['en', 'en', 'en']);
  });
});
