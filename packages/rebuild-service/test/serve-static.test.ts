import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../src/index';

/** One raw request over TCP, as an attacker sends it (no client library fixing it up); the status it got. */
const rawStatus = (port: number, request: Buffer): Promise<number | null> =>
  new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let head = '';
    socket.setTimeout(5000, () => socket.destroy(new Error(`pas de réponse à ${JSON.stringify(request.toString('latin1'))}`)));
    socket.on('data', (chunk: Buffer) => (head += chunk.toString('latin1')));
    socket.on('error', reject);
    socket.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? Number.NaN) || null));
    socket.write(request);
  });

// Pieces that make a path malformed or aim at a private file: bad escapes, encoded dots and
// underscores, traversal, NUL, raw control and non-ASCII bytes, spaces that split the request line.
const hostile = fc.constantFrom(
  '%', '%E0%A4%A', '%zz', '%C0', '%ff%fe', '%u0041', '%%', '%5fheaders', '%5F%68eaders', '%2ebluehats-build.json',
  '%2e%2e/%2e%2e/etc/passwd', '..%2f..%2fetc%2fpasswd', '../../etc/passwd', '%2e', '%00', 'a%00.html', '\u0001', '\u007f',
  '\u00e9', '\u00ff\u00fe', ' ', '\t', 'a b', '.git/config', '_headers', '%2e%2e%5c', '\\..\\..\\',
);
const segment = fc.string({ unit: fc.constantFrom(...'abcdefghij-_.~0123456789%/'.split('')), maxLength: 12 });
const fuzzPath = fc.tuple(segment, hostile, segment).map(([a, b, c]) => `/${a}${b}${c}`);
const requestLine = fc.oneof(
  fuzzPath.map((p) => `GET ${p} HTTP/1.1`),
  fuzzPath.map((p) => `HEAD ${p} HTTP/1.1`),
  fuzzPath.map((p) => `GET ${p}`),
  fuzzPath.map((p) => `G\u0000T ${p} HTTP/1.1`),
  fuzzPath.map((p) => `GET ${p} HTTP/9.9`),
  fuzzPath.map((p) => `GET ${p}\u0000 HTTP/1.1`),
);
const asRequest = (line: string): Buffer => Buffer.from(`${line}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`, 'latin1');

describe('the public static server under attack', () => {
  let root: string;
  let server: http.Server;
  let port: number;

  beforeAll(async () => {
    root = mkdtempSync(path.join(os.tmpdir(), 'serve-static-'));
    writeFileSync(path.join(root, 'index.html'), '<h1>Accueil</h1>');
    writeFileSync(path.join(root, '404.html'), '<h1>Page introuvable</h1>');
    writeFileSync(path.join(root, '_headers'), '/*\n  X-Frame-Options: DENY\n  Content-Security-Policy: default-src \'self\'\n');
    writeFileSync(path.join(root, '.bluehats-build.json'), '{"secret":"bookkeeping"}');
    mkdirSync(path.join(root, 'articles/un'), { recursive: true });
    writeFileSync(path.join(root, 'articles/un/index.html'), '<h1>Un</h1>');
    writeFileSync(path.join(root, '_redirects'), '/fr/ancien /articles/un/ 301\n/feed/feed.xml /rss.xml 301\n/fr/caf%C3%A9.ics /articles/un/ 301\n');
    server = await serveStatic(() => root, 0);
    port = (server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(root, { recursive: true, force: true });
  });

  const get = (urlPath: string): Promise<Response> => fetch(`http://127.0.0.1:${port}${urlPath}`);

  it('serves pages with the build’s headers, and its 404 page with status 404', async () => {
    const home = await get('/');
    expect(home.status).toBe(200);
    expect(home.headers.get('x-frame-options')).toBe('DENY');
    expect(home.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(home.headers.get('etag')).toBeTruthy();
    expect(await (await get('/articles/un/')).text()).toBe('<h1>Un</h1>');
    const missing = await get('/nulle-part/');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-frame-options')).toBe('DENY');
    expect(await missing.text()).toContain('Page introuvable');
  });

  it('follows the build’s _redirects for an old address it has no file for (an old feed), with the build’s headers', async () => {
    for (const [from, to] of [['/feed/feed.xml', '/rss.xml'], ['/fr/café.ics', '/articles/un/'], ['/fr/caf%C3%A9.ics', '/articles/un/']] as const) {
      const moved = await fetch(`http://127.0.0.1:${port}${encodeURI(decodeURI(from))}`, { redirect: 'manual' });
      expect(moved.status, from).toBe(301);
      expect(moved.headers.get('location'), from).toBe(to);
      expect(moved.headers.get('x-frame-options')).toBe('DENY');
    }
    expect((await get('/articles/un/')).status).toBe(200);
    expect((await get('/feed/autre.xml')).status).toBe(404);
  });

  it('answers 400 to the request that used to kill the process, and keeps serving', async () => {
    expect(await rawStatus(port, asRequest('GET /%E0%A4%A HTTP/1.1'))).toBe(400);
    expect((await get('/')).status).toBe(200);
  });

  it.each(['/_headers', '/%5fheaders', '/%5F%68eaders', '/.bluehats-build.json', '/%2ebluehats-build.json', '/articles/%2e%2e/%2ebluehats-build.json'])(
    'keeps the build’s bookkeeping private: %s is a 404',
    async (urlPath) => {
      const status = await rawStatus(port, asRequest(`GET ${urlPath} HTTP/1.1`));
      expect(status).toBe(404);
      expect(await (await get(urlPath)).text()).not.toMatch(/bookkeeping|X-Frame-Options/);
    },
  );

  it('answers only 400 or 404 to 1,200 malformed request lines and paths (seeded fuzz), then 200 on /', async () => {
    const seen = new Map<number | null, number>();
    await fc.assert(
      fc.asyncProperty(requestLine, async (line) => {
        const status = await rawStatus(port, asRequest(line));
        seen.set(status, (seen.get(status) ?? 0) + 1);
        return status === 400 || status === 404;
      }),
      { seed: 17, numRuns: 1200, endOnFailure: true },
    );
    expect([...seen.values()].reduce((a, b) => a + b, 0)).toBe(1200);
    expect((await get('/')).status).toBe(200);
  });

  it('survives files that vanish while they are being sent (an old build pruned mid-request)', async () => {
    const file = path.join(root, 'articles/un/index.html');
    let churning = true;
    // Deletes and rewrites the page as fast as the event loop allows, between lookups and reads.
    const churn = (async () => {
      while (churning) {
        rmSync(file, { force: true });
        await new Promise((r) => setImmediate(r));
        writeFileSync(file, '<h1>Un</h1>');
        await new Promise((r) => setImmediate(r));
      }
    })();
    const statuses = new Set<number>();
    try {
      for (let round = 0; round < 40; round += 1) {
        const answers = await Promise.all(
          Array.from({ length: 25 }, () =>
            get('/articles/un/').then(
              async (r) => (await r.arrayBuffer(), r.status),
              () => 0,
            ),
          ),
        );
        answers.forEach((s) => statuses.add(s));
      }
    } finally {
      churning = false;
      await churn;
    }
    expect([...statuses].every((s) => s === 200 || s === 404 || s === 0)).toBe(true);
    expect((await get('/')).status).toBe(200);
  });
});
