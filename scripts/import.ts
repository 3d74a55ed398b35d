/**
 * `npm run import -- <fichiers ou dossiers> [options]` (every option: docs/import.md)
 * Imports Markdown files of the old site into the CMS; with --verify, then checks the fidelity of
 * the published pages in a built site.
 */
import { checkFidelity, fidelityLines, pageFromDist, pageFromSite, runImport } from '@bluehats/importer';
import { readImportOptions, USAGE, withImportToken } from './lib/import-options.js';

try {
  const { positionals, options, verify } = readImportOptions();
  if (positionals.length === 0) {
    console.error(`Usage : npm run import -- ${USAGE}`);
    process.exit(2);
  }
  const summary = await withImportToken(options.cmsUrl, (token) => runImport({ ...options, token }));
  if (verify) {
    const fidelity = await checkFidelity(summary.outcomes, summary.siteRoot, /^https?:/.test(verify) ? pageFromSite(verify) : pageFromDist(verify));
    console.log(`\n${fidelityLines(fidelity).join('\n')}`);
  }
  process.exit(summary.failed > 0 ? 1 : 0);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}
