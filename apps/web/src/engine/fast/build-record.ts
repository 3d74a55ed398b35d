import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FINGERPRINT_FILE } from '../content/incremental';

/** What a build wrote of itself into its output (build-fingerprint.ts, render-on-request.ts): the code's fingerprint, and the renderer's site address. */
export type BuildRecord = { fingerprint?: string; site?: string };

export const readBuildRecord = (dir: string): BuildRecord => {
  const file = path.join(dir, FINGERPRINT_FILE);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BuildRecord) : {};
};
