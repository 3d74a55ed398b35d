import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRebuilder, outputFolders, SECRET_HEADER, startWebhookServer } from '../src/index';

/**
 * /status as an unauthenticated visitor reads it after a failed build: the failure is told, the
 * server's folders, the error's stack, the CMS's address and the slug of a deleted draft are not.
 */
describe('the rebuild status page', () => {
  let root: string;
  let server: http.Server;
  let url: string;
  const secret = 'statut-secret';

  beforeAll(async () => {
    root = mkdtempSync(path.join(os.tmpdir(), 'rebuild-status-'));
    let n = 0;
    const rebuilder = createRebuilder({
      folders: outputFolders(root),
      log: () => undefined,
      build: async (dir) => {
        n += 1;
        if (n === 1) return writeFileSync(path.join(dir, 'index.html'), 'v1');
        const error = new Error(`Le CMS ne répond pas : http://127.0.0.1:1337/api/articles?status=draft (lu depuis ${path.join(root, 'apps/web/src/engine/content/strapi-loader.ts')})\nbrouillon-du-detail dans la deuxième ligne`);
        throw error;
      },
    });
    await rebuilder.buildNow('démarrage');
    await rebuilder.buildNow('entry.delete api::article.article brouillon-tres-secret');
    server = await startWebhookServer(rebuilder, { port: 0, secret });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/status`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(root, { recursive: true, force: true });
  });

  it('tells anyone when the last build ended, that it failed, and why in short', async () => {
    const response = await fetch(url);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { builds: number; failures: number; last: { ok: boolean; finishedAt: string; reason: string } };
    expect(body).toMatchObject({ builds: 1, failures: 1, last: { ok: false } });
    expect(Number.isNaN(Date.parse(body.last.finishedAt))).toBe(false);
    expect(body.last.reason).toMatch(/^Le CMS ne répond pas/);
  });

  it('shows no file-system path, stack, CMS address or draft slug without the secret', async () => {
    const text = await (await fetch(url)).text();
    for (const leak of [root, os.tmpdir(), 'strapi-loader.ts', '127.0.0.1:1337', 'status=draft', 'brouillon-tres-secret', 'brouillon-du-detail', '    at ']) {
      expect(text, leak).not.toContain(leak);
    }
  });

  it('gives the full status, folders and reasons included, to whoever has the webhook secret', async () => {
    const text = await (await fetch(url, { headers: { [SECRET_HEADER]: secret } })).text();
    expect(text).toContain(root);
    expect(text).toContain('brouillon-tres-secret');
  });
});
