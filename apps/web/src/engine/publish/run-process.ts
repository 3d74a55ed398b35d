import { spawn } from 'node:child_process';

/** Runs one build process to completion; rejects, naming it, when it fails. */
export type RunProcess = (command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; label: string }) => Promise<void>;

/** The runner of a service started alone: the build's output goes to this process's. `npm start` passes its supervised one instead. */
export const runInherited: RunProcess = (command, args, { cwd, env, label }) =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${label} : « ${command} ${args.join(' ')} » a échoué (code ${code}).`))));
  });
