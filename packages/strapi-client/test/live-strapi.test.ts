import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken, restWrite, startStrapi, type StrapiServer } from '@bluehats/testkit';
import { createStrapiClient, StrapiClientError } from '../src/index';

const EXTRA_QUOTES = 260;

/** The client against a real Strapi: pagination, drafts and authentication as they really behave. */
describe('the content client against a real Strapi', () => {
  let cms: StrapiServer;
  let draftText: string;

  beforeAll(async () => {
    cms = await startStrapi();
    const writer = await createApiToken(cms, 'full-access');
    const batch = Array.from({ length: EXTRA_QUOTES }, (_, i) => i);
    // Bounded parallelism: SQLite serialises writes anyway.
    for (let start = 0; start < batch.length; start += 10) {
      await Promise.all(
        batch.slice(start, start + 10).map((i) =>
          restWrite(cms, writer, 'POST', '/api/quotes', { text: `Citation de charge numéro ${i}.`, authorName: `Personne ${i}` }),
        ),
      );
    }
    draftText = 'Cette citation est un brouillon qui ne doit jamais sortir.';
    await restWrite(cms, writer, 'POST', '/api/quotes?status=draft', { text: draftText, authorName: 'Brouillon' });
  }, 300_000);
  afterAll(async () => {
    await cms?.destroy();
  });

  it('fetches every published entry in ceil(N/100) requests, and never a draft', async () => {
    const client = createStrapiClient({ url: cms.url, token: cms.readToken });
    const quotes = await client.findAll('quotes');
    expect(quotes.length).toBe(EXTRA_QUOTES + 3);
    expect(new Set(quotes.map((q) => q.documentId)).size).toBe(quotes.length);
    expect(client.stats.requests).toBe(Math.ceil(quotes.length / 100));
    expect(quotes.some((q) => q.text === draftText)).toBe(false);
    // What the incremental sync compares with its store to see a removal: one request, drafts not counted.
    expect(await client.count('quotes')).toBe(quotes.length);
    expect(client.stats.requests).toBe(Math.ceil(quotes.length / 100) + 1);
  });

  it('validates every demo entry of every type', async () => {
    const client = createStrapiClient({ url: cms.url, token: cms.readToken });
    for (const name of ['articles', 'project-calls', 'pages', 'videos', 'tags'] as const) {
      const entries = await client.findAll(name);
      expect(entries.length, name).toBeGreaterThan(0);
    }
    expect((await client.findSingle('site-setting')).siteName).toBeTruthy();
    expect((await client.findSingle('navigation')).mainMenu.length).toBeGreaterThan(0);
  });

  it('reports a wrong token as an authorisation error naming the URL, without the token', async () => {
    const client = createStrapiClient({ url: cms.url, token: 'not-a-real-token-123456' });
    const error = await client.findAll('articles').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StrapiClientError);
    const e = error as StrapiClientError;
    expect(e.kind).toBe('unauthorized');
    expect(e.message).toContain(`${cms.url}/api/articles`);
    expect(e.message).not.toContain('not-a-real-token-123456');
  });
  // How the site's sync finds which of 10,000 articles went without listing them all (apps/web/src/engine/content/removed-entries.ts).
  it('counts and lists the published rows of a range of row ids, drafts and other rows left out', async () => {
    const client = createStrapiClient({ url: cms.url, token: cms.readToken });
    const quotes = (await client.findAll('quotes')).sort((a, b) => a.id - b.id);
    const part = quotes.slice(40, 190);
    const rows = { from: part[0]?.id ?? 0, to: part.at(-1)?.id ?? 0 };
    expect(await client.count('quotes', { rows })).toBe(part.length);
    const listed = await client.listKeys('quotes', { rows });
    expect(listed.map((key) => key.documentId).sort()).toEqual(part.map((quote) => quote.documentId).sort());
    const gone = part[75];
    if (!gone) throw new Error('Trop peu de citations.');
    await restWrite(cms, await createApiToken(cms, 'full-access'), 'DELETE', `/api/quotes/${gone.documentId}`);
    expect(await client.count('quotes', { rows })).toBe(part.length - 1);
    expect((await client.listKeys('quotes', { rows })).some((key) => key.documentId === gone.documentId)).toBe(false);
  });
});
