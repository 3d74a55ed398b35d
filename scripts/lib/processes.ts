import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

/**
 * `npm start` supervises what it starts. Every child runs in a process group of its own, so that
 * stopping it also stops what it started (turbo's workers, npm's scripts). A long-running child
 * (Strapi, the preview server) that ends by itself is said with its name and why, and everything
 * else is stopped with it: a half-running system that looks alive is worse than a clean stop a
 * service manager restarts. Ctrl+C, SIGTERM and the end of this process stop every child too.
 */
const children = new Set<ChildProcess>();
let stopping: Promise<never> | null = null;

const alive = (child: ChildProcess): boolean => child.exitCode === null && child.signalCode === null;

// The group outlives its leader: a child killed alone may leave its own children running.
const signalGroup = (child: ChildProcess, signal: NodeJS.Signals): void => {
  if (!child.pid) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // the group is empty already
  }
};

/** Stops every child (SIGTERM, then SIGKILL after graceMs), then this process with the given code. */
export const stopAll = (code: number, graceMs = 10_000): Promise<never> => {
  stopping ??= (async () => {
    const living = [...children].filter(alive);
    const ended = Promise.all(living.map((child) => new Promise((resolve) => child.once('exit', resolve))));
    living.forEach((child) => signalGroup(child, 'SIGTERM'));
    await Promise.race([ended, new Promise((resolve) => setTimeout(resolve, graceMs))]);
    living.forEach((child) => signalGroup(child, 'SIGKILL'));
    return process.exit(code);
  })();
  return stopping;
};

let watching = false;
const watchThisProcess = (): void => {
  if (watching) return;
  watching = true;
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));
  process.on('uncaughtException', (error) => {
    console.error(`[supervision] Erreur inattendue de npm start (${error.message}) : arrêt de tous les processus.`);
    void stopAll(1);
  });
  // Last resort when this process ends without stopAll (process.exit elsewhere): no child outlives it.
  process.once('exit', () => children.forEach((child) => signalGroup(child, 'SIGKILL')));
};

const spawnPrefixed = (command: string, args: string[], options: SpawnOptions & { label: string }): ChildProcess => {
  watchThisProcess();
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  child.once('exit', () => {
    children.delete(child);
    signalGroup(child, 'SIGKILL');
  });
  const prefix = (chunk: Buffer): string =>
    chunk
      .toString()
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => `[${options.label}] ${line}\n`)
      .join('');
  child.stdout?.on('data', (chunk: Buffer) => process.stdout.write(prefix(chunk)));
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(prefix(chunk)));
  return child;
};

/** Runs a command to completion, streaming its output with a prefix; rejects with its exit code. */
export const run = (command: string, args: string[], options: SpawnOptions & { label: string }): Promise<void> =>
  new Promise((resolve, reject) => {
    const child = spawnPrefixed(command, args, options);
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${options.label} : « ${command} ${args.join(' ')} » a échoué (code ${code}).`)),
    );
  });

/** Starts a long-running command whose output lines are prefixed with its label; if it ends, everything stops. */
export const startPrefixed = (command: string, args: string[], options: SpawnOptions & { label: string }): ChildProcess => {
  const child = spawnPrefixed(command, args, options);
  child.once('exit', (code, signal) => {
    if (stopping) return;
    const why = signal ? `tué par le signal ${signal}` : `code de sortie ${code}`;
    console.error(`[supervision] Le processus « ${options.label} » s'est arrêté (${why}) : arrêt de tous les autres.`);
    void stopAll(1);
  });
  return child;
};

export const waitForHttp = async (url: string, timeoutMs: number, child?: ChildProcess): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`Le processus s'est arrêté (code ${child.exitCode}) avant de répondre sur ${url}.`);
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} ne répond pas après ${Math.round(timeoutMs / 1000)} s.`);
};
