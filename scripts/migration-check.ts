/**
 * `npm run migration-check -- <les mêmes arguments que l'import> [--verify <dist ou adresse du site>]`
 * After an import and the site's build: for each imported file, the share of its words found on
 * its published page, and the missing passages (docs/import.md, « Vérifier la migration »). It
 * simulates the import to know each file's new address: nothing is written.
 */
import { checkFidelity, fidelityLines, isExpectedUnchecked, pageFromDist, pageFromSite, runImport } from '@bluehats/importer';
import { readImportOptions, USAGE, withImportToken } from './lib/import-options.js';

const { positionals, options, verify } = readImportOptions();
if (positionals.length === 0) {
  console.error(`Usage : npm run migration-check -- ${USAGE}`);
  process.exit(2);
}
const where = verify ?? 'apps/web/dist';

try {
  const summary = await withImportToken(options.cmsUrl, (token) => runImport({ ...options, token, dryRun: true, publish: true, report: null, log: () => undefined }));
  const fidelity = await checkFidelity(summary.outcomes, summary.siteRoot, /^https?:/.test(where) ? pageFromSite(where) : pageFromDist(where));
  console.log(fidelityLines(fidelity).join('\n'));
  process.exit(fidelity.found === fidelity.words && fidelity.unchecked.every(isExpectedUnchecked) ? 0 : 1);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}
