import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BOUNDARIES_FILE, createBoundaryScheduler, createRebuilder, outputFolders, readBoundaries, type Boundary, type Clock } from '../src';

/** A clock the test moves by hand: timers fire when it is advanced past them, never by waiting. */
const fakeClock = (start: string) => {
  let now = new Date(start).getTime();
  let timers: Array<{ at: number; fn: () => void; id: number }> = [];
  let ids = 0;
  const clock: Clock = {
    now: () => now,
    setTimer: (fn, ms) => {
      ids += 1;
      timers.push({ at: now + ms, fn, id: ids });
      return ids;
    },
    clearTimer: (id) => {
      timers = timers.filter((t) => t.id !== id);
    },
  };
  const advanceTo = async (iso: string): Promise<void> => {
    const target = new Date(iso).getTime();
    for (;;) {
      const due = timers.filter((t) => t.at <= target).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      timers = timers.filter((t) => t !== due);
      now = due.at;
      due.fn();
      // Let the build the timer started run to its end before looking at the next timer.
      await new Promise((r) => setImmediate(r));
      await new Promise((r) => setImmediate(r));
    }
    now = target;
  };
  return { clock, advanceTo, pending: () => timers.map((t) => new Date(t.at).toISOString()) };
};

describe('rebuilds at the boundaries the site announces', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('schedules the nearest boundary, rebuilds when the clock reaches it, then waits for the next one', async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'bluehats-echeances-'));
    const time = fakeClock('2026-03-28T12:00:00Z');
    // A call opens on Sunday 29 March at 09:00 in Paris, the first day of summer time (07:00 UTC),
    // and an event ends on Sunday 25 October at 10:00, back to winter time (09:00 UTC).
    const boundaries: Boundary[] = [
      { at: '2026-10-25T09:00:00.000Z', what: 'fin de « Rencontre d’automne »' },
      { at: '2026-03-29T07:00:00.000Z', what: 'ouverture de « Appel de printemps »' },
      { at: '2026-03-01T00:00:00.000Z', what: 'déjà passée' },
    ];
    const builds: string[] = [];
    const folders = outputFolders(dir);
    mkdirSync(dir, { recursive: true });
    let scheduler: ReturnType<typeof createBoundaryScheduler> | null = null;
    const rebuilder = createRebuilder({
      folders,
      debounceMs: 1000,
      setTimer: time.clock.setTimer,
      clearTimer: time.clock.clearTimer,
      log: () => undefined,
      build: async (out) => {
        builds.push(new Date(time.clock.now()).toISOString());
        mkdirSync(out, { recursive: true });
        writeFileSync(path.join(out, BOUNDARIES_FILE), JSON.stringify({ boundaries: boundaries.filter((b) => new Date(b.at).getTime() > time.clock.now()) }));
      },
      onBuilt: () => scheduler?.reschedule(),
    });
    scheduler = createBoundaryScheduler({ trigger: rebuilder.trigger, boundaries: () => readBoundaries(folders.current()), clock: time.clock, log: () => undefined });

    await rebuilder.buildNow('démarrage');
    expect(builds).toEqual(['2026-03-28T12:00:00.000Z']);
    expect(scheduler.next()?.what).toBe('ouverture de « Appel de printemps »');

    await time.advanceTo('2026-03-29T06:59:59.000Z');
    expect(builds).toHaveLength(1);

    await time.advanceTo('2026-03-29T07:00:02.000Z');
    expect(builds).toEqual(['2026-03-28T12:00:00.000Z', '2026-03-29T07:00:01.000Z']);
    expect(scheduler.next()?.what).toBe('fin de « Rencontre d’automne »');

    // Seven months away: longer than one timer can wait, reached in steps without an early rebuild.
    await time.advanceTo('2026-10-25T08:59:00.000Z');
    expect(builds).toHaveLength(2);
    await time.advanceTo('2026-10-25T09:00:05.000Z');
    expect(builds.at(-1)).toBe('2026-10-25T09:00:01.000Z');
    expect(scheduler.next()).toBeNull();
  });
});
