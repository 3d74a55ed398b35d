import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildTime } from '../../lib/build-time';
import { BOUNDARIES_FILE } from '@bluehats/rebuild-service/boundaries';

/** Written into every output by the build that made it (build-fingerprint.ts): the fast rebuild keeps pages only from an output of the same code. */
export const FINGERPRINT_FILE = '.bluehats-build.json';

/**
 * A call opened, an event ended or a scheduled article appeared since the previous output was
 * built: its pages changed although no entry did, so nothing can be kept from it.
 */
export const boundaryPassed = (base: string): boolean => {
  const file = path.join(base, BOUNDARIES_FILE);
  if (!existsSync(file)) return true;
  const { next } = JSON.parse(readFileSync(file, 'utf8')) as { next?: string | null };
  return Boolean(next) && new Date(next as string).getTime() <= buildTime().getTime();
};
