import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cmsDir } from './paths.js';

/**
 * A public folder of its own for a test's CMS (read by apps/cms through PUBLIC_DIR): what Strapi
 * serves at its root, with the tracked files of apps/cms/public (robots.txt) and an empty uploads/.
 * Uploads and `strapi import` then write there, never into a developer's apps/cms/public/uploads.
 */
export const createThrowawayPublicFolder = (): string => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bluehats-public-'));
  const appPublic = path.join(cmsDir, 'public');
  cpSync(appPublic, dir, { recursive: true, filter: (source) => source !== path.join(appPublic, 'uploads') });
  mkdirSync(path.join(dir, 'uploads'), { recursive: true });
  return dir;
};

/**
 * What every CMS process a test starts gets besides its own variables. Strapi loads apps/cms/.env
 * through dotenv (ENV_PATH, default ./.env): /dev/null keeps a developer's secrets and settings
 * (webhook URL, import token…) out of the tests.
 */
export const isolatedCmsEnv = (): Record<string, string> => ({
  PATH: process.env.PATH ?? '',
  HOME: process.env.HOME ?? '',
  NODE_ENV: 'production',
  ENV_PATH: '/dev/null',
  STRAPI_TELEMETRY_DISABLED: 'true',
  STRAPI_DISABLE_UPDATE_NOTIFICATION: 'true',
  DATABASE_FILENAME: '',
  DATABASE_URL: '',
});
