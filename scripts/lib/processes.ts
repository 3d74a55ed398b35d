import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

/** Runs a command to completion, streaming its output with a prefix; rejects with its exit code. */
export const run = (command: string, args: string[], options: SpawnOptions & { label: string }): Promise<void> =>
  new Promise((resolve, reject) => {
    const child = startPrefixed(command, args, options);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${options.label} : « ${command} ${args.join(' ')} » a échoué (code ${code}).`)),
    );
  });

/** Starts a long-running command whose output lines are prefixed with its label. */
export const startPrefixed = (command: string, args: string[], options: SpawnOptions & { label: string }): ChildProcess => {
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
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
