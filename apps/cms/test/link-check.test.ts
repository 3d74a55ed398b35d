import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminJwt, buildCmsWithAdmin, createApiToken, launchChromium, logInToAdmin, restWrite, startStrapi, type StrapiServer } from '@bluehats/testkit';
import { contentHealthPath } from '../src/content-health/content-health-path';
import type { Finding } from '../src/content-health/findings';

type Json = Record<string, unknown>;
type Checked = { url: string; text: string; status: number | null; redirects: number; finalUrl: string | null; error: string | null; broken: boolean };

const link = (url: string, text: string): Json => ({ type: 'link', url, children: [{ type: 'text', text }] });
const paragraph = (...children: Json[]): Json => ({ type: 'paragraph', children });

/**
 * External links of published content, checked by the CMS against a local server only (this file's
 * own: 200, 404, a redirect, one that answers too late): a 404 appears in « À compléter » with the
 * page and the link's text, on the admin's home page too, and leaves it once fixed; the server is
 * never asked two things at once (one request at a time per host). The demo content, which links
 * to real sites, is not loaded.
 */
describe('checking the external links of published content', () => {
  let cms: StrapiServer;
  let site: Server;
  let base = '';
  let browser: Browser;
  let writer: string;
  let jwt: string;
  let documentId = '';
  let missingAnswers = 404;
  let inFlight = 0;
  let mostAtOnce = 0;
  const asked: string[] = [];
  const title = 'Article aux liens vérifiés';

  const findings = async (): Promise<Finding[]> => {
    const response = await fetch(`${cms.url}${contentHealthPath}`, { headers: { authorization: `Bearer ${jwt}` } });
    expect(response.status).toBe(200);
    return ((await response.json()) as { data: Finding[] }).data.filter((f) => f.documentId === documentId);
  };
  const results = async (method: 'GET' | 'POST'): Promise<Checked[]> => {
    const response = await fetch(`${cms.url}/verification-liens/api::article.article/${documentId}`, { method, headers: { authorization: `Bearer ${jwt}` } });
    expect(response.status).toBe(200);
    return ((await response.json()) as { data: Checked[] }).data;
  };
  const body = (missing: string) => [
    {
      __component: 'blocks.rich-text',
      content: [paragraph(link(`${base}/existe`, 'la page qui existe'), { type: 'text', text: ', ' }, link(`${base}/${missing}`, 'le rapport disparu'), { type: 'text', text: ', ' }, link(`${base}/ancienne`, 'l’ancienne adresse'), { type: 'text', text: ', ' }, link(`${base}/lente`, 'le serveur trop lent'))],
    },
  ];

  beforeAll(async () => {
    site = createServer((request, response) => {
      asked.push(request.url ?? '');
      inFlight += 1;
      mostAtOnce = Math.max(mostAtOnce, inFlight);
      const end = (status: number, headers: Record<string, string> = {}) => {
        inFlight -= 1;
        response.writeHead(status, headers).end('ok');
      };
      if (request.url === '/existe') end(200);
      else if (request.url === '/disparu') end(missingAnswers);
      else if (request.url === '/ancienne') end(301, { location: '/existe' });
      // Answers after the CMS's time limit (LINK_CHECK_TIMEOUT_MS below).
      else if (request.url === '/lente') setTimeout(() => end(200), 3000);
      else end(404);
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    buildCmsWithAdmin();
    cms = await startStrapi({
      serveAdmin: true,
      timeoutMs: 300_000,
      // The local server is a private address, which the CMS refuses to ask unless told.
      env: { SEED_DEMO_CONTENT: 'false', LINK_CHECK_ENABLED: 'true', LINK_CHECK_ALLOW_PRIVATE: 'true', LINK_CHECK_TIMEOUT_MS: '1000', LINK_CHECK_HOST_PAUSE_MS: '0' },
    });
    writer = await createApiToken(cms, 'full-access');
    jwt = await adminJwt(cms);
    documentId = String(
      (
        await restWrite(cms, writer, 'POST', '/api/articles?status=published', {
          title,
          slug: 'article-aux-liens-verifies',
          description: 'Un article dont les liens mènent au serveur du test.',
          date: '2026-05-04',
          body: body('disparu'),
        })
      ).documentId,
    );
    browser = await launchChromium(chromium);
  }, 420_000);
  afterAll(async () => {
    await browser?.close();
    await cms?.destroy();
    await new Promise((resolve) => site?.close(resolve));
  });

  it('checks a publication in the background: status, redirects, time limit, one request at a time to a host', async () => {
    await expect.poll(async () => (await results('GET')).length, { timeout: 30_000 }).toBe(4);
    const byText = Object.fromEntries((await results('GET')).map((checked) => [checked.text, checked]));
    expect(byText['la page qui existe']).toMatchObject({ status: 200, broken: false, redirects: 0 });
    expect(byText['le rapport disparu']).toMatchObject({ status: 404, broken: true });
    expect(byText['l’ancienne adresse']).toMatchObject({ status: 200, broken: false, redirects: 1, finalUrl: `${base}/existe` });
    expect(byText['le serveur trop lent']).toMatchObject({ status: null, error: 'délai dépassé', broken: true });
    expect(mostAtOnce).toBe(1);
  });

  it('lists the broken link in « À compléter » with the page and the link text, on the admin home too', async () => {
    await expect.poll(async () => (await findings()).map((f) => f.problem), { timeout: 30_000 }).toContain(`lien externe cassé : « le rapport disparu » vers ${base}/disparu — page introuvable (404)`);
    const listed = await findings();
    expect(listed.every((f) => f.title === title && f.blocking)).toBe(true);
    expect(listed.map((f) => f.problem).join('\n')).not.toContain('la page qui existe');
    expect(listed.map((f) => f.problem).join('\n')).not.toContain('l’ancienne adresse');
    const tab = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await logInToAdmin(tab, cms, cms.admin);
    await tab.goto(`${cms.url}/admin`);
    await tab.getByRole('link', { name: `Article « ${title} »` }).first().waitFor({ timeout: 60_000 });
    expect(await tab.getByText(/le rapport disparu/).count()).toBeGreaterThan(0);
    await tab.close();
  }, 120_000);

  it('leaves « À compléter » once the site answers again, checked on demand from the entry', async () => {
    missingAnswers = 200;
    const tab = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await logInToAdmin(tab, cms, cms.admin);
    await tab.goto(`${cms.url}/admin/content-manager/collection-types/api::article.article/${documentId}`);
    const check = tab.getByRole('button', { name: 'Vérifier les liens' });
    await check.waitFor({ timeout: 60_000 });
    expect(await tab.getByText(/le rapport disparu/).count()).toBeGreaterThan(0);
    const before = asked.filter((url) => url === '/disparu').length;
    await check.click();
    await expect.poll(() => tab.getByText(/le rapport disparu/).count(), { timeout: 30_000 }).toBe(0);
    expect(asked.filter((url) => url === '/disparu').length).toBe(before + 1);
    await tab.close();
    expect((await findings()).map((f) => f.problem).join('\n')).not.toContain('le rapport disparu');
  }, 120_000);

  it('leaves it too when the editor replaces the link and publishes', async () => {
    missingAnswers = 404;
    await results('POST');
    expect((await findings()).map((f) => f.problem).join('\n')).toContain('le rapport disparu');
    await restWrite(cms, writer, 'PUT', `/api/articles/${documentId}?status=published`, { body: body('existe') });
    await expect.poll(async () => (await findings()).map((f) => f.problem).join('\n'), { timeout: 30_000 }).not.toContain('le rapport disparu');
    // The slow server is still too slow: that one stays.
    expect((await findings()).map((f) => f.problem).join('\n')).toContain('le serveur trop lent');
  }, 60_000);
});
