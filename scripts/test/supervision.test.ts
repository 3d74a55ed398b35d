import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot } from '@bluehats/testkit';

const isRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Waits until none of the processes runs any more; returns those still running after timeoutMs. */
const survivors = async (pids: number[], timeoutMs: number): Promise<number[]> => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && pids.some(isRunning)) await new Promise((r) => setTimeout(r, 100));
  return pids.filter(isRunning);
};

/**
 * npm start's supervision, with the same process helpers and real processes: a supervisor with
 * two children, each with a grandchild. Whatever dies, nothing is left running.
 */
describe('npm start supervises its children', () => {
  let supervisor: ChildProcess;
  let output = '';
  let pids: number[] = [];

  afterEach(() => {
    // Whatever the outcome, the test leaves no process of its own behind.
    for (const pid of [...pids, supervisor.pid ?? 0]) if (pid && isRunning(pid)) process.kill(pid, 'SIGKILL');
  });

  const start = async (): Promise<{ children: Record<string, number>; grandchildren: number[] }> => {
    output = '';
    // tsx as a loader, not its CLI: the CLI is a process of its own between the test and the
    // supervisor, and killing it would leave the supervisor running.
    supervisor = spawn(process.execPath, ['--import', 'tsx', 'scripts/test/fixtures/two-children.ts'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    supervisor.stdout?.on('data', (c: Buffer) => (output += c.toString()));
    supervisor.stderr?.on('data', (c: Buffer) => (output += c.toString()));
    const deadline = Date.now() + 30_000;
    while ([...output.matchAll(/pid (\d+) (\d+)/g)].length < 2) {
      if (Date.now() > deadline) throw new Error(`les enfants ne démarrent pas :\n${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    // The two children start in either order: each is found by its label.
    const lines = [...output.matchAll(/\[(\w+)\] pid (\d+) (\d+)/g)];
    const children = Object.fromEntries(lines.map((m) => [m[1] ?? '', Number(m[2])]));
    const grandchildren = lines.map((m) => Number(m[3]));
    pids = [...Object.values(children), ...grandchildren];
    return { children, grandchildren };
  };

  const exited = (): Promise<number | null> =>
    new Promise((resolve) => (supervisor.exitCode !== null ? resolve(supervisor.exitCode) : supervisor.once('exit', (code) => resolve(code))));

  it('says which child died and why, and stops the others and their own children', async () => {
    const { children } = await start();
    process.kill(children.premier ?? 0, 'SIGKILL');
    const code = await Promise.race([exited(), new Promise<string>((r) => setTimeout(() => r('toujours en marche'), 20_000))]);
    expect(code).toBe(1);
    expect(output).toMatch(/« premier » s'est arrêté \(tué par le signal SIGKILL\)/);
    expect(await survivors(pids, 5000)).toEqual([]);
  });

  it('stops every child and grandchild when it is stopped itself (SIGTERM)', async () => {
    await start();
    supervisor.kill('SIGTERM');
    const code = await Promise.race([exited(), new Promise<string>((r) => setTimeout(() => r('toujours en marche'), 20_000))]);
    expect(code).toBe(0);
    expect(await survivors(pids, 5000)).toEqual([]);
  });
});
