import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeClock, type FakeClock } from '@bluehats/testkit';
import { createPublicationLog, createRebuilder, outputFolders, PUBLICATIONS_PATH, SECRET_HEADER, startWebhookServer, type Publication } from '../src/index';

const secret = 'publications-secret';
const article = 'api::article.article';

/**
 * What the service tells the CMS about each entry's last change, over its real HTTP server: the
 * webhook's arrival, the build that took it, and when that build went live or why it failed. The
 * stamps come from an injected clock, so each one is asserted to the millisecond.
 */
describe('the state of each publication', () => {
  const cleanups: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  /** A service whose builds wait until the test lets them finish (or fail). */
  const service = async (clock: FakeClock) => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'rebuild-publications-'));
    let release: (error?: Error) => void = () => undefined;
    const rebuilder = createRebuilder({
      folders: outputFolders(root),
      debounceMs: 10_000,
      setTimer: clock.setTimer,
      clearTimer: clock.clearTimer,
      now: clock.now,
      log: () => undefined,
      build: (dir) =>
        new Promise<void>((resolve, reject) => {
          release = (error) => (error ? reject(error) : resolve(writeFileSync(path.join(dir, 'index.html'), 'site')));
        }),
    });
    const server: http.Server = await startWebhookServer(rebuilder, { port: 0, secret });
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    cleanups.push(() => rmSync(root, { recursive: true, force: true }));
    cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const webhook = (event: string, documentId: string, publishedAt: string | null = '2026-06-01T10:00:00.000Z', locale = 'fr') =>
      fetch(`${base}/webhook`, {
        method: 'POST',
        headers: { [SECRET_HEADER]: secret, 'content-type': 'application/json' },
        body: JSON.stringify({ event, model: 'article', uid: article, entry: { documentId, locale, slug: `slug-${documentId}`, publishedAt } }),
      });
    const stateOf = async (documentId: string, locale = 'fr'): Promise<Publication | null> => {
      const response = await fetch(`${base}${PUBLICATIONS_PATH}?uid=${encodeURIComponent(article)}&documentId=${documentId}&locale=${locale}`, { headers: { [SECRET_HEADER]: secret } });
      expect(response.status).toBe(200);
      return ((await response.json()) as { data: Publication | null }).data;
    };
    /** Lets the quiet period pass: the build starts, and waits for `release`. */
    const startBuild = () => clock.advanceTo(new Date(clock.now() + 10_050).toISOString());
    const finishBuild = async (error?: Error) => {
      release(error);
      // Not rebuilder.idle(): a change received during the build has its quiet period waiting on the clock.
      while (rebuilder.status().state === 'building') await new Promise((resolve) => setImmediate(resolve));
    };
    return { base, rebuilder, webhook, stateOf, startBuild, finishBuild };
  };

  it('follows a publication from its webhook to the build that put it online', async () => {
    const clock = fakeClock('2026-06-01T12:02:00.000Z');
    const { webhook, stateOf, startBuild, finishBuild } = await service(clock);
    expect(await stateOf('a1')).toBeNull();

    expect((await webhook('entry.publish', 'a1')).status).toBe(202);
    expect(await stateOf('a1')).toEqual({ uid: article, documentId: 'a1', locale: 'fr', event: 'entry.publish', receivedAt: '2026-06-01T12:02:00.000Z', build: null, state: 'queued' });

    await startBuild();
    expect(await stateOf('a1')).toMatchObject({ build: 1, state: 'building' });
    // A change during the build waits for the next one: this build read the content before it.
    await webhook('entry.unpublish', 'b2', null);
    expect(await stateOf('b2')).toMatchObject({ build: null, state: 'queued', event: 'entry.unpublish' });

    // Still within the quiet period of the change above, which therefore stays queued.
    await clock.advanceTo('2026-06-01T12:02:14.000Z');
    await finishBuild();
    expect(await stateOf('a1')).toMatchObject({ build: 1, state: 'live', liveAt: '2026-06-01T12:02:14.000Z' });
    expect(await stateOf('b2')).toMatchObject({ state: 'queued' });
  });

  it('keeps each language version apart: publishing the English version leaves the French one’s state as it was', async () => {
    const clock = fakeClock('2026-06-01T12:02:00.000Z');
    const { webhook, stateOf, startBuild, finishBuild } = await service(clock);
    await webhook('entry.publish', 'a1');
    await startBuild();
    await finishBuild();
    await webhook('entry.publish', 'a1', '2026-06-01T12:03:00.000Z', 'en');
    expect(await stateOf('a1', 'en')).toMatchObject({ locale: 'en', event: 'entry.publish', build: null, state: 'queued' });
    expect(await stateOf('a1')).toMatchObject({ locale: 'fr', build: 1, state: 'live', liveAt: '2026-06-01T12:02:10.050Z' });
    await webhook('entry.unpublish', 'a1', null);
    expect(await stateOf('a1')).toMatchObject({ locale: 'fr', event: 'entry.unpublish', state: 'queued' });
    expect(await stateOf('a1', 'en')).toMatchObject({ locale: 'en', event: 'entry.publish' });
  });

  it('tells a failed build in one line, without the server’s paths, and the next success clears it', async () => {
    const clock = fakeClock('2026-06-01T12:02:00.000Z');
    const { webhook, stateOf, startBuild, finishBuild } = await service(clock);
    await webhook('entry.publish', 'a1');
    await startBuild();
    await finishBuild(new Error('Le CMS ne répond pas (lu depuis /srv/bluehats/apps/web/src/engine/content/strapi-loader.ts)\n    at load (/srv/x.js:1:1)'));
    const failed = await stateOf('a1');
    expect(failed).toMatchObject({ build: 1, state: 'failed', failedAt: '2026-06-01T12:02:10.050Z', reason: 'Le CMS ne répond pas (lu depuis …)' });
    expect(failed).not.toHaveProperty('liveAt');

    await webhook('entry.publish', 'a1');
    await startBuild();
    await finishBuild();
    const live = await stateOf('a1');
    expect(live).toMatchObject({ build: 2, state: 'live' });
    expect(live).not.toHaveProperty('reason');
  });

  it('ignores draft saves, and lists the last changes, the most recent first', async () => {
    const clock = fakeClock('2026-06-01T12:02:00.000Z');
    const { base, webhook, stateOf } = await service(clock);
    expect(await (await webhook('entry.update', 'draft', null)).json()).toMatchObject({ accepted: false });
    expect(await stateOf('draft')).toBeNull();
    for (const id of ['a', 'b', 'c']) {
      await webhook('entry.publish', id);
      await clock.advanceTo(new Date(clock.now() + 10).toISOString());
    }
    await webhook('entry.update', 'a');
    const response = await fetch(`${base}${PUBLICATIONS_PATH}?limit=2`, { headers: { [SECRET_HEADER]: secret } });
    expect(((await response.json()) as { data: Publication[] }).data.map((p) => [p.documentId, p.event])).toEqual([
      ['a', 'entry.update'],
      ['c', 'entry.publish'],
    ]);
  });

  it('answers only with the webhook secret: the log names entries still in draft', async () => {
    const { base } = await service(fakeClock('2026-06-01T12:02:00.000Z'));
    expect((await fetch(`${base}${PUBLICATIONS_PATH}`)).status).toBe(401);
    expect((await fetch(`${base}${PUBLICATIONS_PATH}`, { headers: { [SECRET_HEADER]: 'wrong' } })).status).toBe(401);
  });

  it('keeps a bounded number of entries, forgetting the one changed the longest ago', () => {
    const log = createPublicationLog({ limit: 3, now: () => 0 });
    for (const id of ['a', 'b', 'c', 'd']) log.received({ uid: article, documentId: id, locale: null, event: 'entry.publish' });
    log.received({ uid: article, documentId: 'b', locale: null, event: 'entry.update' });
    log.received({ uid: article, documentId: 'e', locale: null, event: 'entry.publish' });
    expect(log.of(article, 'a')).toBeNull();
    expect(log.of(article, 'c')).toBeNull();
    expect(log.latest(10).map((p) => p.documentId)).toEqual(['e', 'b', 'd']);
  });
});
