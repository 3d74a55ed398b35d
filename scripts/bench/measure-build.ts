import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { astroCli, webDir } from '@bluehats/testkit';

export type BuildRun = { seconds: number; peakMb: number; code: number; output: string; pages: number; phases: string[] };

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

/** Runs `astro build` of apps/web (with another of its configs if given) and measures wall time and the peak memory of its process tree. */
export const measureBuild = (env: Record<string, string>, config?: string): Promise<BuildRun> =>
  new Promise((resolve) => {
    const started = process.hrtime.bigint();
    let output = '';
    let peakKb = 0;
    const child = spawn(process.execPath, [astroCli, 'build', ...(config ? ['--config', config] : [])], {
      cwd: webDir,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const timer = setInterval(() => {
      if (child.pid) peakKb = Math.max(peakKb, treeRssKb(child.pid));
    }, 100);
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.on('exit', (code) => {
      clearInterval(timer);
      const pages = Number(/(\d+) page\(s\) built/.exec(output)?.[1] ?? 0);
      // Astro's own phase timings, to see where a build spends its time.
      const phases = output.split('\n').filter((line) => /Completed in|built in|Synced content|pages indexées/.test(line)).map((line) => line.replace(/^\S+\s+/, '').trim());
      resolve({ seconds: Number(process.hrtime.bigint() - started) / 1e9, peakMb: peakKb / 1024, code: code ?? 1, output, pages, phases });
    });
  });
