import type { FieldProblem } from '../validation/rules';
import { legacyPathProblem } from '../validation/legacy-paths';
import { lifecycleFields as f } from './lifecycle-fields';

type Data = Readonly<Record<string, unknown>>;

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/**
 * Save-time rules of the lifecycle fields, read on the entry as it will be after the write: an
 * archived page says why (the reason is the public notice's text), and « Remplacée par » is a path
 * of this site that the build can turn into a redirect, other than the entry's own address.
 */
export const lifecycleProblems = (data: Data, ownPath: string | null): FieldProblem[] => {
  if (!(f.changeNotes in data) && !(f.archived in data)) return [];
  const problems: FieldProblem[] = [];
  if (data[f.archived] === true && !text(data[f.archiveReason])) {
    problems.push({ path: [f.archiveReason], message: 'Indiquez le motif de l’archivage : il est affiché en haut de la page archivée.' });
  }
  const replacement = text(data[f.replacedBy]);
  if (replacement) {
    const problem = legacyPathProblem(replacement);
    if (problem) problems.push({ path: [f.replacedBy], message: `Remplacée par ${problem}` });
    else if (ownPath && replacement.replace(/\/+$/, '') === ownPath.replace(/\/+$/, '')) {
      problems.push({ path: [f.replacedBy], message: 'Une page ne peut pas être remplacée par elle-même : indiquez l’adresse d’une autre page.' });
    }
  }
  return problems;
};
