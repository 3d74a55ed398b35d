import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { createCmsApi } from './cms-api';
import { planFile, type PlanOptions } from './plan';
import { writePlan, type Action } from './writer';

export type ImportOptions = {
  paths: string[];
  cmsUrl: string;
  token: string;
  dryRun: boolean;
  publish: boolean;
  as: PlanOptions['as'];
  siteRoot: string | null;
  today?: string;
  log?: (line: string) => void;
};

export type FileOutcome = { file: string; kind: string | null; slug: string | null; action: Action | 'échec'; notes: string[]; error: string | null };

export type ImportSummary = { outcomes: FileOutcome[]; failed: number };

const markdownFiles = (target: string): string[] =>
  statSync(target).isDirectory()
    ? readdirSync(target)
        .sort()
        .flatMap((name) => (name.startsWith('.') ? [] : markdownFiles(path.join(target, name))))
    : /\.(md|markdown)$/i.test(target)
      ? [target]
      : [];

/** Imports each file on its own: one that fails is reported and the others go on. */
export const runImport = async (options: ImportOptions): Promise<ImportSummary> => {
  const log = options.log ?? ((line: string) => console.log(line));
  const api = createCmsApi(options.cmsUrl, options.token);
  const outcomes: FileOutcome[] = [];
  for (const target of options.paths) {
    const absolute = path.resolve(target);
    const root = statSync(absolute).isDirectory() ? absolute : path.dirname(absolute);
    for (const file of markdownFiles(absolute)) {
      const shown = path.relative(process.cwd(), file) || file;
      try {
        const plan = planFile(file, { root, siteRoot: options.siteRoot, as: options.as, today: options.today ?? new Date().toISOString().slice(0, 10) });
        const action = await writePlan(api, plan, { publish: options.publish, dryRun: options.dryRun });
        outcomes.push({ file: shown, kind: plan.kind, slug: plan.slug, action, notes: plan.notes, error: null });
        log(`${action.padEnd(17)} ${plan.kind === 'article' ? 'article' : 'appel à projets'} « ${plan.slug} » ← ${shown}`);
        for (const note of plan.notes) log(`    · ${note}`);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        outcomes.push({ file: shown, kind: null, slug: null, action: 'échec', notes: [], error: message });
        log(`échec             ${shown} : ${message}`);
      }
    }
  }
  const count = (action: FileOutcome['action']): number => outcomes.filter((o) => o.action === action).length;
  const failed = count('échec');
  log(
    `\n${outcomes.length} fichier(s) : ${count('créé') + count('serait créé')} créé(s), ${count('mis à jour') + count('serait mis à jour')} mis à jour, ${count('inchangé')} inchangé(s), ${failed} en échec` +
      `${options.dryRun ? ' (simulation : rien n’a été écrit)' : ''}${options.publish || options.dryRun ? '' : ' ; les entrées importées sont des brouillons'}.`,
  );
  return { outcomes, failed };
};
