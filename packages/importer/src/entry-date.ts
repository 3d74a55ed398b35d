import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { parisDay } from '@bluehats/content-types';

export type FoundDate = { date: string; how: string } | null;

/** The author date of the commit that added the file, when its folder is in a git checkout. */
export const firstCommitDate = (absolutePath: string): string | null => {
  try {
    const out = execFileSync('git', ['log', '--follow', '--diff-filter=A', '--format=%aI', '--', path.basename(absolutePath)], {
      cwd: path.dirname(absolutePath),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const last = out.trim().split('\n').filter(Boolean).at(-1);
    // A commit at 00:30 in Paris belongs to that day.
    return last ? parisDay(last) : null;
  } catch {
    // not a git checkout, or git absent
    return null;
  }
};

const PATH_DATE = /(?:^|[/_-])(\d{4})[-/](\d{2})[-/](\d{2})(?=$|[/_.-])/;

/** A full date written in the file's path or name (2023-05-12-titre.md, 2023/05/12/…); a year alone is not a date. */
export const pathDate = (source: string): string | null => {
  const m = PATH_DATE.exec(source);
  if (!m) return null;
  const [, y, mo, d] = m;
  const date = `${y}-${mo}-${d}`;
  return Number.isNaN(Date.parse(`${date}T00:00:00Z`)) ? null : date;
};

/** A missing date, from what the old site knows about the file; never today's date. */
export const guessDate = (absolutePath: string, source: string, useGit: boolean): FoundDate => {
  const fromGit = useGit ? firstCommitDate(absolutePath) : null;
  if (fromGit) return { date: fromGit, how: 'date du premier commit du fichier' };
  const fromPath = pathDate(source);
  return fromPath ? { date: fromPath, how: 'date lue dans le chemin du fichier' } : null;
};
