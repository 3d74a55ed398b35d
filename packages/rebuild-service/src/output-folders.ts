import { existsSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';

/**
 * Builds go to <root>/builds/<stamp>; <root>/current is a symlink to the one being served.
 * Swapping is renaming a fresh symlink over the old one, which is atomic on POSIX file systems:
 * a reader sees the old site or the new one, never a half-written folder.
 */
export type OutputFolders = {
  root: string;
  current: () => string | null;
  allocate: () => string;
  promote: (dir: string) => void;
  discard: (dir: string) => void;
};

export const outputFolders = (root: string, keep = 2): OutputFolders => {
  const builds = path.join(root, 'builds');
  const link = path.join(root, 'current');
  mkdirSync(builds, { recursive: true });
  let sequence = 0;

  const current = (): string | null => {
    if (!existsSync(link)) return null;
    return path.resolve(root, readlinkSync(link));
  };

  const prune = (): void => {
    const live = current();
    const old = readdirSync(builds)
      .sort()
      .map((name) => path.join(builds, name))
      .filter((dir) => dir !== live);
    for (const dir of old.slice(0, Math.max(0, old.length - (keep - 1)))) rmSync(dir, { recursive: true, force: true });
  };

  return {
    root,
    current,
    allocate: () => {
      sequence += 1;
      const dir = path.join(builds, `${new Date().toISOString().replace(/[:.]/g, '-')}-${sequence}`);
      mkdirSync(dir, { recursive: true });
      return dir;
    },
    promote: (dir) => {
      const temp = `${link}.next`;
      rmSync(temp, { force: true });
      symlinkSync(path.relative(root, dir), temp);
      renameSync(temp, link);
      prune();
    },
    discard: (dir) => rmSync(dir, { recursive: true, force: true }),
  };
};
