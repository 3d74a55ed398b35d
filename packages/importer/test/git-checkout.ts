import { execFileSync } from 'node:child_process';

/** Makes a folder a git checkout with one commit at a fixed date, leaving some files out of it. */
export const commitFolder = (folder: string, isoDate: string, leftOut: string[] = []): void => {
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@exemple.gouv.fr', ...args], {
      cwd: folder,
      env: { ...process.env, GIT_AUTHOR_DATE: isoDate, GIT_COMMITTER_DATE: isoDate },
    });
  git('init', '-q');
  git('add', '.');
  for (const file of leftOut) git('rm', '-q', '--cached', file);
  git('commit', '-q', '-m', 'ancien site');
};
