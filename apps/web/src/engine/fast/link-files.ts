import { copyFileSync, linkSync, mkdirSync } from 'node:fs';
import path from 'node:path';

/**
 * Puts files of the previous output into the next one as hard links: thousands of kept pages cost
 * no copy (a copy where links are refused). Each folder is made once, not once per file. Done
 * with synchronous calls: measured faster than the same calls spread over libuv's threads.
 */
export const linkFiles = (from: string, to: string, files: readonly string[]): void => {
  const made = new Set<string>();
  for (const file of files) {
    const folder = path.dirname(path.join(to, file));
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    try {
      linkSync(path.join(from, file), path.join(to, file));
    } catch (error) {
      // Already there: a page this update rendered, not the previous output's.
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      copyFileSync(path.join(from, file), path.join(to, file));
    }
  }
};
