import type { OutputFolders } from './output-folders.js';
import { createPublicationLog, type PublicationKey } from './publications.js';

export type BuildResult = { ok: true; dir: string; ms: number } | { ok: false; error: string; ms: number };

/**
 * Work a build leaves for after its output is served (the search index of a fast rebuild): readers
 * get the edited page first; the next build waits for it, so two never touch one folder at once.
 */
export type FollowUp = { what: string; run: () => Promise<void> };

export type FollowUpResult = { what: string; ok: boolean; finishedAt: string; ms: number; error?: string };

export type RebuilderStatus = {
  state: 'idle' | 'waiting' | 'building';
  builds: number;
  failures: number;
  serving: string | null;
  last: (BuildResult & { finishedAt: string; reasons: string[]; followUp?: FollowUpResult }) | null;
};

/**
 * The quiet period after a signal. Strapi sends one `entry.publish` per published document, and a
 * bulk publication sends its signals within a few hundred milliseconds; a signal that comes during
 * a build queues one more, so a short wait costs at most one extra build and keeps publish-to-live short.
 */
export const DEFAULT_DEBOUNCE_MS = 500;

export type RebuilderOptions = {
  folders: OutputFolders;
  /** Builds the site into dir; rejects (with the build's own message) when it fails; may leave work for after the swap. */
  build: (dir: string) => Promise<void | FollowUp>;
  debounceMs?: number;
  log?: (message: string) => void;
  /** Called after each successful build with the folder now served. */
  onBuilt?: (dir: string) => void;
  /** Injected for tests: the same timers the service uses in production. */
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  /** Injected for tests: the time the publications' states are stamped with. */
  now?: () => number;
  /** How many entries the publication log remembers. */
  publicationLimit?: number;
};

/**
 * Turns a stream of "content changed" signals into few builds: a burst within debounceMs is one
 * build; a signal during a build queues exactly one more; the served folder changes only when a
 * build succeeded, so a failure leaves the last good site online.
 */
export const createRebuilder = (options: RebuilderOptions) => {
  const { folders, build, debounceMs = DEFAULT_DEBOUNCE_MS } = options;
  const log = options.log ?? ((m: string) => console.log(`[rebuild] ${m}`));
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as NodeJS.Timeout));

  const status: RebuilderStatus = { state: 'idle', builds: 0, failures: 0, serving: folders.current(), last: null };
  let timer: unknown = null;
  let pendingReasons: string[] = [];
  let running: Promise<void> | null = null;
  let rerun = false;
  const waiters: Array<() => void> = [];
  const publications = createPublicationLog({ now: options.now, limit: options.publicationLimit });
  // Every build started, failed ones included: the publication log names the build that took each change.
  let sequence = 0;

  // A failed follow-up leaves the site online with the previous output's version of what it writes.
  const runFollowUp = async ({ what, run }: FollowUp): Promise<FollowUpResult> => {
    const started = Date.now();
    try {
      await run();
      log(`${what} à jour en ${Date.now() - started} ms`);
      return { what, ok: true, finishedAt: new Date().toISOString(), ms: Date.now() - started };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log(`ÉCHEC (${what}), la version précédente reste en ligne : ${message}`);
      return { what, ok: false, finishedAt: new Date().toISOString(), ms: Date.now() - started, error: message };
    }
  };

  const runBuild = async (): Promise<void> => {
    const reasons = pendingReasons;
    pendingReasons = [];
    sequence += 1;
    const buildNumber = sequence;
    publications.buildStarted(buildNumber);
    status.state = 'building';
    const dir = folders.allocate();
    const started = Date.now();
    log(`construction lancée (${reasons.join(', ') || 'demande manuelle'})`);
    try {
      const followUp = await build(dir);
      folders.promote(dir);
      status.builds += 1;
      status.serving = dir;
      const last: NonNullable<RebuilderStatus['last']> = { ok: true, dir, ms: Date.now() - started, finishedAt: new Date().toISOString(), reasons };
      status.last = last;
      publications.buildFinished(buildNumber, { ok: true });
      log(`site mis à jour en ${last.ms} ms`);
      options.onBuilt?.(dir);
      if (followUp) last.followUp = await runFollowUp(followUp);
    } catch (error) {
      folders.discard(dir);
      status.failures += 1;
      const message = error instanceof Error ? error.message : String(error);
      status.last = { ok: false, error: message, ms: Date.now() - started, finishedAt: new Date().toISOString(), reasons };
      publications.buildFinished(buildNumber, { ok: false, error: message });
      log(`ÉCHEC de la construction, le site en ligne reste inchangé : ${message}`);
    }
  };

  const drain = async (): Promise<void> => {
    do {
      rerun = false;
      await runBuild();
    } while (rerun);
    running = null;
    status.state = timer ? 'waiting' : 'idle';
    if (!timer) waiters.splice(0).forEach((resolve) => resolve());
  };

  const fire = (): void => {
    timer = null;
    if (running) {
      rerun = true;
      return;
    }
    running = drain();
  };

  return {
    status: (): RebuilderStatus => ({ ...status }),
    /** What became of each entry's last change (see publications.ts). */
    publications,
    /** Signals that published content changed (that entry's, when given); the build starts after a quiet period. */
    trigger: (reason: string, publication?: PublicationKey): void => {
      pendingReasons.push(reason);
      if (publication) publications.received(publication);
      if (timer) clearTimer(timer);
      timer = setTimer(fire, debounceMs);
      if (!running) status.state = 'waiting';
    },
    /** Builds now, skipping the quiet period (used at start-up). */
    buildNow: async (reason: string): Promise<void> => {
      pendingReasons.push(reason);
      if (timer) {
        clearTimer(timer);
        timer = null;
      }
      if (running) rerun = true;
      else running = drain();
      await running;
    },
    /** Resolves when nothing is waiting or building. */
    idle: (): Promise<void> =>
      !running && !timer ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve)),
  };
};

export type Rebuilder = ReturnType<typeof createRebuilder>;
