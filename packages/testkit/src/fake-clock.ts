/**
 * A clock that moves only when a test moves it: timers fire when it is advanced past them, never
 * by waiting. Shaped like the rebuild service's Clock (now, setTimer, clearTimer), so the service
 * and the builds it starts (BUILD_NOW) can be driven across months in a few seconds.
 */
export type FakeClock = {
  now: () => number;
  setTimer: (fn: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
  /**
   * Moves to `iso`, firing due timers in order, each at its own instant. When no timer is due,
   * `settle` is awaited (e.g. a rebuild started by a timer) and timers it set are fired too.
   */
  advanceTo: (iso: string, settle?: () => Promise<void>) => Promise<void>;
  /** Instants of the timers still waiting, ISO 8601. */
  pending: () => string[];
};

export const fakeClock = (start: string): FakeClock => {
  let now = new Date(start).getTime();
  let timers: Array<{ at: number; fn: () => void; id: number }> = [];
  let ids = 0;
  const due = (target: number) => timers.filter((t) => t.at <= target).sort((a, b) => a.at - b.at || a.id - b.id)[0];
  return {
    now: () => now,
    setTimer: (fn, ms) => {
      ids += 1;
      timers.push({ at: now + Math.max(0, ms), fn, id: ids });
      return ids;
    },
    clearTimer: (handle) => {
      timers = timers.filter((t) => t.id !== handle);
    },
    advanceTo: async (iso, settle) => {
      const target = new Date(iso).getTime();
      if (target < now) throw new Error(`Une horloge ne recule pas : ${iso} précède ${new Date(now).toISOString()}.`);
      for (;;) {
        const next = due(target);
        if (next) {
          timers = timers.filter((t) => t !== next);
          now = Math.max(now, next.at);
          next.fn();
          await new Promise((resolve) => setImmediate(resolve));
          continue;
        }
        if (!settle) break;
        await settle();
        if (!due(target)) break;
      }
      now = target;
    },
    pending: () => timers.map((t) => new Date(t.at).toISOString()).sort(),
  };
};
