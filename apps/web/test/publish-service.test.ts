import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECRET_HEADER } from '@bluehats/rebuild-service';
import { createApiToken, freePort, restWrite, startStrapi, webDir, type StrapiServer } from '@bluehats/testkit';
import { startPublishService, type PublishService } from 'web/engine';

/**
 * The publish service as `npm start` and a deployment run it (its one entry, `web/engine`): the
 * first build from a real CMS, the static server and /status, a second start that serves the same
 * output again, and a publication (webhook) taken by the fast renderer.
 */
describe('the publish service', () => {
  const secret = 'secret-du-service-de-test';
  const work = mkdtempSync(path.join(os.tmpdir(), 'bluehats-publish-'));
  let cms: StrapiServer;
  let writer: string;
  let service: PublishService;
  let sitePort: number;
  let webhookPort: number;
  let documentId: string;

  const start = async (): Promise<PublishService> =>
    startPublishService({
      webDir,
      strapiUrl: cms.url,
      strapiToken: cms.readToken,
      siteUrl: `http://127.0.0.1:${sitePort}`,
      sitesDir: path.join(work, 'sites'),
      workDir: work,
      sitePort,
      webhookPort,
      webhookSecret: secret,
      log: () => undefined,
    });
  const page = async (route: string): Promise<{ status: number; text: string }> => {
    const response = await fetch(`http://127.0.0.1:${sitePort}${route}`);
    return { status: response.status, text: await response.text() };
  };

  beforeAll(async () => {
    cms = await startStrapi();
    writer = await createApiToken(cms, 'full-access');
    const created = await restWrite(cms, writer, 'POST', '/api/articles?status=published', {
      title: 'Le service de publication',
      slug: 'service-de-publication',
      description: 'Un article pour le service de publication.',
      date: '2025-03-14',
      body: [],
    });
    documentId = String(created.documentId);
    [sitePort, webhookPort] = [await freePort(), await freePort()];
    service = await start();
  });
  afterAll(async () => {
    await service?.close();
    await cms?.destroy();
    rmSync(work, { recursive: true, force: true });
  });

  it('builds the site from the CMS at start, serves it, and says so on /status', async () => {
    expect(service.builtAtStart).toBe(true);
    const article = await page('/articles/service-de-publication/');
    expect(article.status).toBe(200);
    expect(article.text).toContain('Le service de publication');
    const status = (await (await fetch(`http://127.0.0.1:${webhookPort}/status`)).json()) as { builds: number; last: { ok: boolean } };
    expect(status.builds).toBe(1);
    expect(status.last.ok).toBe(true);
  });

  it('serves the same output again at the next start when neither the code nor the content changed', async () => {
    const served = service.folders.current();
    await service.close();
    service = await start();
    expect(service.builtAtStart).toBe(false);
    expect(service.folders.current()).toBe(served);
    expect((await page('/articles/service-de-publication/')).status).toBe(200);
  });

  it('refuses a webhook without the secret, and rebuilds on one with it, by the fast renderer', async () => {
    const webhook = (headers: Record<string, string>) =>
      fetch(`http://127.0.0.1:${webhookPort}/webhook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ event: 'entry.update', model: 'article', uid: 'api::article.article', entry: { documentId, slug: 'service-de-publication', publishedAt: new Date().toISOString() } }),
      });
    expect((await webhook({})).status).toBe(401);
    await service.rendererReady;
    await restWrite(cms, writer, 'PUT', `/api/articles/${documentId}?status=published`, { title: 'Le service de publication, corrigé' });
    expect((await webhook({ [SECRET_HEADER]: secret })).status).toBeLessThan(300);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await service.rebuilder.idle();
    expect((await page('/articles/service-de-publication/')).text).toContain('Le service de publication, corrigé');
    // Only a fast rebuild leaves its search index for after the swap.
    expect(service.rebuilder.status().last?.followUp?.what).toBe('index de recherche');
  });
});
