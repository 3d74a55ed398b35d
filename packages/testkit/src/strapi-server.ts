import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createThrowawayDatabase, testDatabase, type DatabaseKind, type ThrowawayDatabase } from './databases.js';
import { freePort } from './free-port.js';
import { cmsDir, repoRoot } from './paths.js';
import { isolatedCmsEnv } from './isolated-cms.js';

const strapiBin = path.join(repoRoot, 'node_modules/@strapi/strapi/bin/strapi.js');

export type StrapiServer = {
  url: string;
  readToken: string;
  secrets: Record<string, string>;
  admin: { email: string; password: string };
  database: ThrowawayDatabase;
  logs: () => string;
  /** Stops the process; the database stays so that a second boot can be tested. */
  stop: () => Promise<void>;
  /** Stops the process and drops the database. */
  destroy: () => Promise<void>;
};

export type StartOptions = {
  database?: DatabaseKind | ThrowawayDatabase;
  env?: Record<string, string>;
  serveAdmin?: boolean;
  /** Reuse the secrets of an earlier boot (needed to boot twice on one database). */
  secrets?: Record<string, string>;
  timeoutMs?: number;
  /** Another copy of apps/cms (a test that adds a content type works on a copy of the repository). */
  cmsDir?: string;
};

const secret = (): string => randomBytes(24).toString('base64url');

export const newSecrets = (): Record<string, string> => ({
  APP_KEYS: [secret(), secret()].join(','),
  API_TOKEN_SALT: secret(),
  ADMIN_JWT_SECRET: secret(),
  TRANSFER_TOKEN_SALT: secret(),
  JWT_SECRET: secret(),
  ENCRYPTION_KEY: secret(),
  STRAPI_READ_TOKEN: randomBytes(48).toString('hex'),
  ADMIN_EMAIL: 'admin@bluehats.test',
  ADMIN_PASSWORD: 'Test-Admin-2026',
});

const waitForHealth = async (url: string, child: ChildProcess, timeoutMs: number, logs: () => string): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Strapi s'est arrêté (code ${child.exitCode}) :\n${logs()}`);
    try {
      const response = await fetch(`${url}/_health`);
      if (response.status === 204 || response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Strapi ne répond pas sur ${url} après ${timeoutMs} ms :\n${logs()}`);
};

/**
 * Boots the real Strapi app (compiled server code in apps/cms/dist) as a child process on a
 * throw-away database: the same code path as production, only the environment differs.
 */
export const startStrapi = async (options: StartOptions = {}): Promise<StrapiServer> => {
  const appDir = options.cmsDir ?? cmsDir;
  if (!existsSync(path.join(appDir, 'dist/src/index.js'))) {
    throw new Error('apps/cms/dist est absent : lancez `npm run build:server -w cms` (npm test le fait).');
  }
  const database =
    typeof options.database === 'object' ? options.database : await createThrowawayDatabase(options.database ?? testDatabase);
  const port = await freePort();
  const secrets = options.secrets ?? newSecrets();
  const url = `http://127.0.0.1:${port}`;
  let output = '';
  const child = spawn(process.execPath, [strapiBin, 'start'], {
    cwd: appDir,
    env: {
      ...isolatedCmsEnv(),
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: url,
      SERVE_ADMIN_PANEL: options.serveAdmin ? 'true' : 'false',
      SEED_DEMO_CONTENT: 'true',
      // The demo content links to real sites: a test's CMS checks links only when its test asks (link-check.test.ts, local servers only).
      LINK_CHECK_ENABLED: 'false',
      ...secrets,
      ...database.env,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const logs = (): string => output;
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
    });
  };
  try {
    await waitForHealth(url, child, options.timeoutMs ?? 120_000, logs);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url,
    readToken: secrets.STRAPI_READ_TOKEN ?? '',
    secrets,
    admin: { email: secrets.ADMIN_EMAIL ?? '', password: secrets.ADMIN_PASSWORD ?? '' },
    database,
    logs,
    stop,
    destroy: async () => {
      await stop();
      await database.drop();
    },
  };
};
