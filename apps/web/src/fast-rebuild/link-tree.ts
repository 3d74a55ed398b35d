import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

// Hard links: the pages kept from the previous output cost no copy (a copy where links are refused).
export const linkTree = (from: string, to: string): void => {
  if (statSync(from).isDirectory()) {
    mkdirSync(to, { recursive: true });
    for (const name of readdirSync(from)) linkTree(path.join(from, name), path.join(to, name));
  } else if (!existsSync(to)) {
    try {
      linkSync(from, to);
    } catch {
      copyFileSync(from, to);
    }
  }
};
