import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { siteBuildArgs, webDir } from '@bluehats/testkit';

export type BuildPhase = { name: string; seconds: number };
export type BuildRun = { seconds: number; peakMb: number; code: number; output: string; pages: number; phases: BuildPhase[] };

// Where each phase of a build starts, in the order they come: Astro's own lines, then build-site.ts's index.
const PHASE_STARTS: ReadonlyArray<[string, RegExp]> = [
  ['démarrage', /^/],
  ['contenu', /Syncing content/],
  ['types et préparation', /Synced content/],
  ['assemblage Vite', /Building static entrypoints/],
  ['rendu et écriture des pages', /generating static routes/],
  ['images', /generating optimized images/],
  ['redirections et plan du site', /\[build\] ✓ Completed in/],
  ['index de recherche', /\[build\] Complete!/],
  ['fin', /pages indexées/],
];

/** The phases found in a build's lines (each stamped with its arrival, in seconds), in order; a phase whose line is missing is left out. */
const phasesOf = (lines: ReadonlyArray<{ at: number; text: string }>, end: number): BuildPhase[] => {
  const starts: Array<{ name: string; at: number }> = [];
  let from = 0;
  for (const [name, start] of PHASE_STARTS) {
    const index = lines.findIndex((line, i) => i >= from && start.test(line.text));
    if (index < 0) continue;
    // The start of the process is a phase's beginning, not a line: the first line may begin the next phase.
    if (starts.length === 0) starts.push({ name, at: 0 });
    else {
      starts.push({ name, at: lines[index]?.at ?? 0 });
      from = index + 1;
    }
  }
  return starts.map((phase, i) => ({ name: phase.name, seconds: (starts[i + 1]?.at ?? end) - phase.at }));
};

// Resident memory of a process and all its descendants (the build starts Pagefind and sharp workers).
const treeRssKb = (root: number): number => {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1]);
      rss.set(Number(entry), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0));
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we read
    }
  }
  const sum = (pid: number): number => (rss.get(pid) ?? 0) + (children.get(pid) ?? []).reduce((total, child) => total + sum(child), 0);
  return sum(root);
};

/** Runs the build of apps/web (build-site.ts) (with another of its configs if given) and measures wall time and the peak memory of its process tree. */
export const measureBuild = (env: Record<string, string>, config?: string): Promise<BuildRun> =>
  new Promise((resolve) => {
    const started = process.hrtime.bigint();
    let output = '';
    const lines: Array<{ at: number; text: string }> = [];
    const elapsed = (): number => Number(process.hrtime.bigint() - started) / 1e9;
    const collect = (chunk: Buffer): void => {
      output += chunk.toString();
      for (const text of chunk.toString().split('\n')) if (text.trim()) lines.push({ at: elapsed(), text });
    };
    let peakKb = 0;
    const child = spawn(process.execPath, [...siteBuildArgs, ...(config ? ['--config', config] : [])], {
      cwd: webDir,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const timer = setInterval(() => {
      if (child.pid) peakKb = Math.max(peakKb, treeRssKb(child.pid));
    }, 100);
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('exit', (code) => {
      clearInterval(timer);
      const pages = Number(/(\d+) page\(s\) built/.exec(output)?.[1] ?? 0);
      const seconds = elapsed();
      resolve({ seconds, peakMb: peakKb / 1024, code: code ?? 1, output, pages, phases: phasesOf(lines, seconds) });
    });
  });

/** The fastest of runs of one build, with the highest peak of memory among them (this machine's speed drifts: the fastest is the least disturbed). */
export const fastest = (builds: BuildRun[]): BuildRun & { runs: number[] } => {
  const best = builds.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  return { ...best, peakMb: Math.max(...builds.map((build) => build.peakMb)), runs: builds.map((build) => build.seconds) };
};

/** A build's phases as the bench prints them. */
export const phaseList = (phases: readonly BuildPhase[]): string => phases.map((phase) => `${phase.name} ${phase.seconds.toFixed(1)} s`).join(', ');
