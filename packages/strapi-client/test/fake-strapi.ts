import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeRequest = { path: string; query: URLSearchParams; headers: IncomingHttpHeaders };
export type FakeReply = { status: number; body: unknown } | 'hang';

/** A stand-in for Strapi on 127.0.0.1 and a random port, answering with `reply`. */
export const startFakeStrapi = async (reply: (request: FakeRequest, index: number) => FakeReply) => {
  const requests: FakeRequest[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const server = createServer((req, res) => {
    const parsed = new URL(req.url ?? '/', 'http://127.0.0.1');
    const request = { path: parsed.pathname, query: parsed.searchParams, headers: req.headers };
    requests.push(request);
    const answer = reply(request, requests.length - 1);
    if (answer === 'hang') return;
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    // A short delay lets concurrent requests overlap, so the concurrency bound is observable.
    setTimeout(() => {
      inFlight -= 1;
      res.writeHead(answer.status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(answer.body));
    }, 10);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    maxInFlight: () => maxInFlight,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};

/** A port nobody listens on: bound, then released. */
export const closedPort = async (): Promise<number> => {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
};

const timestamps = {
  createdAt: '2025-03-02T09:14:05.123Z',
  updatedAt: '2025-03-04T16:40:12.008Z',
  publishedAt: '2025-03-04T16:40:12.050Z',
};

export const tag = (id: number) => ({
  id,
  documentId: `tag${String(id).padStart(21, '0')}`,
  locale: 'fr',
  name: `Étiquette ${id}`,
  slug: `etiquette-${id}`,
  description: null,
  articles: [],
  projectCalls: [],
  ...timestamps,
});

/** Strapi's paged answer for `total` tags. */
export const tagPage = (query: URLSearchParams, total: number) => {
  const page = Number(query.get('pagination[page]'));
  const pageSize = Number(query.get('pagination[pageSize]'));
  const start = (page - 1) * pageSize;
  const ids = Array.from({ length: Math.max(0, Math.min(pageSize, total - start)) }, (_, index) => start + index + 1);
  const withCount = query.get('pagination[withCount]') !== 'false';
  const pagination = withCount
    ? { page, pageSize, pageCount: Math.ceil(total / pageSize), total }
    : { page, pageSize };
  const locale = query.get('locale') ?? 'fr';
  return { data: ids.map((id) => ({ ...tag(id), locale })), meta: { pagination } };
};

export const siteSetting = () => ({
  id: 1,
  documentId: 'settings00000000000000000',
  locale: 'fr',
  siteName: 'code.gouv.fr',
  tagline: null,
  brandTop: 'République\nFrançaise',
  operatorName: 'DINUM',
  footerDescription: null,
  accessibilityStatus: 'partiellement-conforme',
  licence: 'licence etalab-2.0',
  contactEmail: 'contact@code.gouv.fr',
  defaultSeo: null,
  ...timestamps,
});
