import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Every file of a built site, as paths relative to its folder with `/` between parts. */
export const outputFiles = (root: string): string[] =>
  readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
