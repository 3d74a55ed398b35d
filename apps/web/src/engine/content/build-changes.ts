import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_CACHE_DIR } from '../astro/astro-internals';

/** What the loaders saw change in one collection during this build. */
export type CollectionChanges = { full: boolean; added: string[]; modified: string[]; deleted: string[] };

export type BuildChanges = Record<string, CollectionChanges>;

// Next to Astro's content store, which is what the changes are measured against. Written and read
// by the same process (the loaders and the fast renderer that reads them share it), so each process
// has its own: two renderers of one checkout without their own cache folder (test files running
// side by side) would otherwise read each other's half-written record.
const changesFile = (): string => path.join(process.env.ASTRO_CACHE_DIR || DEFAULT_CACHE_DIR, `bluehats-changes-${process.pid}.json`);

let startedThisBuild = false;

/**
 * Records a collection's changes for the pages rendered later in the same build (they run from
 * another module graph, hence a file). Synchronous, so concurrent loaders cannot interleave.
 */
export const recordChanges = (collection: string, changes: CollectionChanges): void => {
  const file = changesFile();
  const current: BuildChanges = startedThisBuild && existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BuildChanges) : {};
  startedThisBuild = true;
  current[collection] = changes;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(current));
};

/** Starts a new record: the fast rebuild syncs many times in one process. */
export const startChangeRecord = (): void => {
  startedThisBuild = false;
};

export const readChanges = (): BuildChanges => {
  const file = changesFile();
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BuildChanges) : {};
};
