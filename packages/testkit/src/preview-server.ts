import { spawn } from 'node:child_process';
import path from 'node:path';
import { freePort } from './free-port.js';
import { repoRoot } from './paths.js';

export type PreviewServer = { url: string; logs: () => string; stop: () => Promise<void> };

/** Runs the preview server built by `astro build --config astro.preview.config.mjs`, as `npm start` does (apps/web/preview-server.mjs). */
export const startPreviewServer = async (outDir: string, env: Record<string, string>, webDir = path.join(repoRoot, 'apps/web')): Promise<PreviewServer> => {
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [path.join(webDir, 'preview-server.mjs'), outDir], {
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Le serveur d’aperçu s’est arrêté (code ${child.exitCode}) :\n${output}`);
    try {
      await fetch(`${url}/`);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`Le serveur d’aperçu ne répond pas sur ${url} :\n${output}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return {
    url,
    logs: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
};
