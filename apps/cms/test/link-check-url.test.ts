import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkUrl } from '../src/link-check/check-url';

const settings = { timeoutMs: 2000, maxRedirects: 2, userAgent: 'test', allowPrivate: true };

/** One link against a local server: redirects counted, a loop stopped, and the CMS's own network never asked. */
describe('checking one link', () => {
  let server: Server;
  let base = '';
  const asked: string[] = [];
  beforeAll(async () => {
    server = createServer((request, response) => {
      asked.push(request.url ?? '');
      if (request.url === '/boucle') response.writeHead(302, { location: '/boucle' }).end();
      else if (request.url === '/deplacee') response.writeHead(308, { location: '/ici' }).end();
      else response.writeHead(request.url === '/ici' ? 200 : 410).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('follows redirects, counts them, and calls an error status or a loop broken', async () => {
    expect(await checkUrl(`${base}/deplacee`, settings)).toEqual({ status: 200, finalUrl: `${base}/ici`, redirects: 1, error: null, broken: false });
    expect(await checkUrl(`${base}/retiree`, settings)).toMatchObject({ status: 410, broken: true });
    expect(await checkUrl(`${base}/boucle`, settings)).toMatchObject({ error: 'trop de redirections', broken: true, redirects: 2 });
  });

  it('does not ask a private or loopback address unless allowed, and does not call it broken', async () => {
    const before = asked.length;
    expect(await checkUrl(`${base}/ici`, { ...settings, allowPrivate: false })).toEqual({ status: null, finalUrl: null, redirects: 0, error: 'adresse interne, non vérifiée', broken: false });
    expect(await checkUrl('http://[::1]:9/', { ...settings, allowPrivate: false })).toMatchObject({ error: 'adresse interne, non vérifiée' });
    expect(await checkUrl('http://169.254.169.254/latest/meta-data/', { ...settings, allowPrivate: false })).toMatchObject({ error: 'adresse interne, non vérifiée' });
    expect(asked.length).toBe(before);
  });
});
