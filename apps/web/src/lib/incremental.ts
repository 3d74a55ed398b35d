import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readChanges } from './build-changes';
import { buildTime } from './build-time';
import { BOUNDARIES_FILE } from './time-boundaries';

/** Detail pages that an incremental build may leave as they were, by collection. */
export const detailRoutes: Record<string, string> = { articles: 'articles', 'project-calls': 'appels-a-projets', pages: 'pages' };

export const FINGERPRINT_FILE = '.bluehats-build.json';

/** The previous output, when the rebuild service offers one built by the same code. */
export const incrementalBase = (): string | null => {
  const base = process.env.INCREMENTAL_BASE;
  if (!base || !existsSync(path.join(base, FINGERPRINT_FILE))) return null;
  const previous = JSON.parse(readFileSync(path.join(base, FINGERPRINT_FILE), 'utf8')) as { fingerprint?: string };
  return previous.fingerprint === process.env.BLUEHATS_BUILD_FINGERPRINT ? base : null;
};

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

/**
 * A collection's detail pages can be rendered partially when entries were only modified: no entry
 * added or removed (lists, neighbours and the site map keep their shape), no site-wide setting
 * changed, and a previous output built by the same code is there to keep the other pages from.
 */
export const isPartial = (collection: string): boolean => {
  const base = incrementalBase();
  if (!base || boundaryPassed(base)) return false;
  const changes = readChanges();
  const own = changes[collection];
  const singlesChanged = ['site-setting', 'navigation'].some((single) => changes[single]?.modified.length);
  return Boolean(own && !own.full && own.added.length === 0 && own.deleted.length === 0 && !singlesChanged);
};

/** The entries whose detail page this build renders: all of them, or the modified ones and their neighbours. */
export const entriesToRender = <T extends { id: string }>(collection: string, ordered: readonly T[], neighbours = false): readonly T[] => {
  if (!isPartial(collection)) return ordered;
  const modified = new Set(readChanges()[collection]?.modified ?? []);
  return ordered.filter((entry, i) => modified.has(entry.id) || (neighbours && (modified.has(ordered[i - 1]?.id ?? '') || modified.has(ordered[i + 1]?.id ?? ''))));
};
