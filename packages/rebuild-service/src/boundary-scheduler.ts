import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { BOUNDARIES_FILE, type Boundary } from './boundaries.js';


export const readBoundaries = (siteDir: string | null): Boundary[] => {
  const file = siteDir ? path.join(siteDir, BOUNDARIES_FILE) : '';
  if (!file || !existsSync(file)) return [];
  return (JSON.parse(readFileSync(file, 'utf8')) as { boundaries?: Boundary[] }).boundaries ?? [];
};

export type Clock = {
  now: () => number;
  setTimer: (fn: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
};

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimer: (fn, ms) => setTimeout(fn, ms),
  clearTimer: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

// setTimeout cannot wait longer than ~24.8 days: a later boundary is approached in steps.
const MAX_WAIT_MS = 2 ** 31 - 1;

/** The nearest boundary strictly after now, or null. */
export const nextBoundary = (boundaries: Boundary[], now: number): Boundary | null =>
  boundaries
    .filter((b) => new Date(b.at).getTime() > now)
    .sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime())[0] ?? null;

/**
 * A static site freezes time at its build. After each build, this waits until the nearest
 * boundary the build announced and asks for a rebuild then, so "à venir" becomes "ouvert" on time
 * without anyone publishing anything.
 */
export const createBoundaryScheduler = (options: {
  trigger: (reason: string) => void;
  boundaries: () => Boundary[];
  clock?: Clock;
  log?: (message: string) => void;
}) => {
  const clock = options.clock ?? systemClock;
  const log = options.log ?? ((m: string) => console.log(`[échéances] ${m}`));
  let handle: unknown = null;
  let scheduled: Boundary | null = null;

  const reschedule = (): void => {
    if (handle) clock.clearTimer(handle);
    handle = null;
    scheduled = nextBoundary(options.boundaries(), clock.now());
    if (!scheduled) return;
    const target = new Date(scheduled.at).getTime();
    const wait = Math.min(target - clock.now(), MAX_WAIT_MS);
    log(`prochaine reconstruction automatique le ${scheduled.at} (${scheduled.what})`);
    handle = clock.setTimer(() => {
      handle = null;
      if (clock.now() >= target && scheduled) options.trigger(`échéance : ${scheduled.what}`);
      else reschedule();
    }, wait);
  };

  return {
    reschedule,
    next: (): Boundary | null => scheduled,
    stop: (): void => {
      if (handle) clock.clearTimer(handle);
      handle = null;
    },
  };
};
