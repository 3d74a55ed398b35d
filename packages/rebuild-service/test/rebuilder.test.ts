import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeClock, type FakeClock } from '@bluehats/testkit';
import { createRebuilder, outputFolders, publicStatus, SECRET_HEADER, startWebhookServer, type FollowUp } from '../src/index';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('the rebuild service', () => {
  const roots: string[] = [];
  afterEach(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));

  // The quiet period runs on an injected clock where it matters: a loaded machine cannot stretch it.
  const setup = (build: (dir: string, n: number) => Promise<void | FollowUp>, debounceMs = 200, clock?: FakeClock) => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'rebuild-'));
    roots.push(root);
    const folders = outputFolders(root);
    let n = 0;
    const logs: string[] = [];
    const rebuilder = createRebuilder({
      folders,
      debounceMs,
      ...(clock ? { setTimer: clock.setTimer, clearTimer: clock.clearTimer } : {}),
      log: (m) => logs.push(m),
      build: (dir) => {
        n += 1;
        return build(dir, n);
      },
    });
    const served = (): string => readFileSync(path.join(folders.current() ?? '', 'index.html'), 'utf8');
    return { rebuilder, folders, served, logs, count: () => n };
  };

  const writeSite = async (dir: string, n: number): Promise<void> => {
    await sleep(50);
    writeFileSync(path.join(dir, 'index.html'), `version ${n}`);
  };

  const later = (clock: FakeClock, ms: number): string => new Date(clock.now() + ms).toISOString();

  it('turns ten publish events within one second into one build', async () => {
    const clock = fakeClock('2026-06-01T10:00:00Z');
    const { rebuilder, served, count } = setup(writeSite, 200, clock);
    for (let i = 0; i < 10; i += 1) {
      rebuilder.trigger(`entry.publish ${i}`);
      await clock.advanceTo(later(clock, 90));
    }
    // Each event restarted the quiet period: nothing built yet, one timer waiting.
    expect(count()).toBe(0);
    expect(clock.pending()).toHaveLength(1);
    await clock.advanceTo(later(clock, 250), () => rebuilder.idle());
    await rebuilder.idle();
    expect(count()).toBe(1);
    expect(served()).toBe('version 1');
    expect(rebuilder.status().last?.reasons).toHaveLength(10);
  });

  it('queues one more build, not one per event, when content changes during a build', async () => {
    const clock = fakeClock('2026-06-01T10:00:00Z');
    const releases: Array<() => void> = [];
    const { rebuilder, served, count } = setup(
      async (dir, n) => {
        await new Promise<void>((release) => releases.push(release));
        writeFileSync(path.join(dir, 'index.html'), `version ${n}`);
      },
      20,
      clock,
    );
    rebuilder.trigger('first');
    await clock.advanceTo(later(clock, 25));
    expect(count()).toBe(1);
    for (let i = 0; i < 5; i += 1) {
      rebuilder.trigger(`during ${i}`);
      await clock.advanceTo(later(clock, 30));
    }
    expect(count()).toBe(1);
    releases.shift()?.();
    await expect.poll(() => count()).toBe(2);
    releases.shift()?.();
    await rebuilder.idle();
    expect(count()).toBe(2);
    expect(served()).toBe('version 2');
    expect(rebuilder.status().last?.reasons).toHaveLength(5);
  });

  it('keeps serving the last good site when a build fails, and reports why', async () => {
    const { rebuilder, served, folders, logs } = setup(async (dir, n) => {
      if (n === 2) throw new Error('CMS injoignable à http://127.0.0.1:1337');
      await writeSite(dir, n);
    }, 10);
    await rebuilder.buildNow('start');
    const good = folders.current();
    await rebuilder.buildNow('publication');
    expect(folders.current()).toBe(good);
    expect(served()).toBe('version 1');
    const status = rebuilder.status();
    expect(status.failures).toBe(1);
    expect(status.last).toMatchObject({ ok: false, error: 'CMS injoignable à http://127.0.0.1:1337' });
    expect(logs.some((l) => l.includes('ÉCHEC') && l.includes('CMS injoignable'))).toBe(true);
    await rebuilder.buildNow('réparé');
    expect(served()).toBe('version 3');
  });

  it('serves a build before its follow-up (the search index) is done, and starts the next build only after it', async () => {
    const events: string[] = [];
    let release = (): void => undefined;
    const { rebuilder, served, count } = setup(async (dir, n) => {
      await writeSite(dir, n);
      events.push(`build ${n}`);
      const run = async (): Promise<void> => {
        events.push(`index ${n} commencé, en ligne : ${served()}`);
        if (n === 2) throw new Error('Pagefind a échoué');
        await new Promise<void>((resolve) => (release = resolve));
        events.push(`index ${n} fini`);
      };
      return { what: 'index de recherche', run };
    }, 10);
    const first = rebuilder.buildNow('publication');
    while (events.length < 2) await sleep(5);
    expect(events).toEqual(['build 1', 'index 1 commencé, en ligne : version 1']);
    expect(rebuilder.status().state).toBe('building');
    rebuilder.trigger('autre publication');
    await sleep(100);
    expect(count()).toBe(1);
    release();
    await first;
    await rebuilder.idle();
    expect(events).toEqual(['build 1', 'index 1 commencé, en ligne : version 1', 'index 1 fini', 'build 2', 'index 2 commencé, en ligne : version 2']);
    // A failed follow-up leaves the new pages online and says so on /status.
    expect(served()).toBe('version 2');
    const status = rebuilder.status();
    expect(status.last).toMatchObject({ ok: true, followUp: { what: 'index de recherche', ok: false, error: 'Pagefind a échoué' } });
    expect(publicStatus(status).last?.followUp).toMatchObject({ what: 'index de recherche', ok: false });
    expect(JSON.stringify(publicStatus(status))).not.toContain('Pagefind a échoué');
  });

  it('accepts webhooks only with the secret', async () => {
    const { rebuilder, count } = setup(writeSite, 10);
    const server = await startWebhookServer(rebuilder, { port: 0, secret: 's3cret' });
    const address = server.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    try {
      const body = JSON.stringify({ event: 'entry.publish', model: 'article', entry: { slug: 'x' } });
      expect((await fetch(`${url}/webhook`, { method: 'POST', body })).status).toBe(401);
      expect((await fetch(`${url}/webhook`, { method: 'POST', body, headers: { [SECRET_HEADER]: 'wrong!' } })).status).toBe(401);
      await sleep(50);
      expect(count()).toBe(0);
      expect((await fetch(`${url}/webhook`, { method: 'POST', body, headers: { [SECRET_HEADER]: 's3cret' } })).status).toBe(202);
      await sleep(50);
      await rebuilder.idle();
      expect(count()).toBe(1);
      const status = (await (await fetch(`${url}/status`)).json()) as { builds: number };
      expect(status.builds).toBe(1);
    } finally {
      server.close();
    }
  });

  it('refuses to start with an empty secret, which an empty header would match', async () => {
    const { rebuilder, count } = setup(writeSite, 10);
    const started = startWebhookServer(rebuilder, { port: 0, secret: '' });
    const server = await started.catch(() => null);
    try {
      if (server) {
        const address = server.address();
        const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
        const body = JSON.stringify({ event: 'entry.publish', model: 'article', entry: { slug: 'x' } });
        await fetch(`${url}/webhook`, { method: 'POST', body, headers: { [SECRET_HEADER]: '' } });
        await sleep(50);
      }
      expect(count()).toBe(0);
      await expect(started).rejects.toThrow('REBUILD_WEBHOOK_SECRET');
    } finally {
      server?.close();
    }
  });
});
