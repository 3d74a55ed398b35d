import { spawn } from 'node:child_process';
import path from 'node:path';
import { cmsDir, repoRoot } from './paths.js';
import { isolatedCmsEnv } from './isolated-cms.js';
import type { StrapiServer } from './strapi-server.js';

/** Runs a Strapi CLI command (export, import…) against the same app and database as a server. */
export const runStrapiCli = (
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; output: string }> =>
  new Promise((resolve) => {
    let output = '';
    const child = spawn(process.execPath, [path.join(repoRoot, 'node_modules/@strapi/strapi/bin/strapi.js'), ...args], {
      cwd: cmsDir,
      env: {
        ...isolatedCmsEnv(),
        SERVE_ADMIN_PANEL: 'false',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.on('exit', (code) => resolve({ code: code ?? 1, output }));
  });

export const serverEnv = (cms: StrapiServer): Record<string, string> => ({ ...cms.secrets, ...cms.database.env });
