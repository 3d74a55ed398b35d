/**
 * `npm run bench:import [-- --files 500 --database sqlite|postgres]`: generates an Eleventy site of
 * N French pages (bundles with an image shortcode, a table, a nested list, an accented tag, an SVG
 * and links; reference pages with their menu entry; webinars with recording and slides;
 * newsletters), imports it into a fresh CMS, imports it again, then imports a previous site that
 * shares a newsletter in ten with it; builds the site and checks the fidelity of every published
 * page. Prints the figures of docs/import.md, « Mesures ». With `--site <dossier> [--previous
 * <dossier>]`, measures those sites instead (copied first: nothing is written into them), e.g.
 * the test fixture: `--site packages/importer/test/fixtures/legacy-site --previous packages/importer/test/fixtures/legacy-site-2`.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkFidelity, pageFromDist, parseSameAs, parseUrlPattern, runImport, type FileOutcome, type ImportSummary } from '@bluehats/importer';
import { buildSite, createApiToken, startStrapi } from '@bluehats/testkit';
import { commitFolder } from '../packages/importer/test/git-checkout.js';

const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '500' },
    database: { type: 'string', default: 'sqlite' },
    site: { type: 'string' },
    previous: { type: 'string' },
    // The given site as a git checkout whose first commit has this date (undated pages take it).
    'git-date': { type: 'string' },
    'same-as': { type: 'string', multiple: true, default: [] },
  },
});
const files = Number(values.files);
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#000091"/></svg>\n';

const day = (i: number): string => new Date(Date.UTC(2019, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
const gazette = (i: number): string => `---\ntitle: Gazette numéro ${i}\ndate: ${day(i)}\n---\nBonjour,\n\n- une nouvelle ;\n- une autre.\n`;

/** One page of the generated site, by its number: 5 in 10 are post bundles, 1 a reference page, 2 webinars, 2 newsletters. */
const writePage = (site: string, i: number): void => {
  const kind = i % 10 < 5 ? 'post' : i % 10 < 6 ? 'page' : i % 10 < 8 ? 'webinar' : 'gazette';
  if (kind === 'post') {
    const folder = path.join(site, `content/fr/blog/posts/billet-${i}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'illustration.png'), PNG);
    writeFileSync(path.join(folder, 'schema.svg'), SVG);
    writeFileSync(
      path.join(folder, 'index.md'),
      `---\ntitle: Billet numéro ${i}\ndescription: Un billet généré pour mesurer l’import.\ndate: ${day(i)}\ntags:\n  - Thème numéro ${i % 7}\n  - Sécurité\n---\n` +
        `Premier paragraphe du billet ${i}, avec un [lien vers le précédent](/fr/blog/billet-${Math.max(0, i - 10)}/) et [une adresse](floss@numerique.gouv.fr).\n\n` +
        `{% imageContent "./illustration.png", "Illustration du billet ${i}", [1000] %}\n\n## Chiffres\n\n| Mois | Dépôts |\n|---|---|\n| Janvier | ${i} |\n| Février | ${i + 1} |\n\n` +
        `- Premier niveau\n  - deuxième niveau ${i}\n    - troisième niveau\n- Retour au premier\n\n![Schéma du billet ${i}](./schema.svg)\n\nFin du billet.\n`,
    );
  } else if (kind === 'page') {
    const folder = path.join(site, 'content/fr/utiliser');
    mkdirSync(folder, { recursive: true });
    const menu = i % 100 === 5 ? `eleventyNavigation:\n  key: Page ${i}\n  order: ${i}\n` : '';
    writeFileSync(path.join(folder, `page-${i}.md`), `---\ntitle: Page de référence ${i}\n${menu}---\nCette page décrit la démarche numéro ${i}.\n\n- Étape\n  - sous-étape\n`);
  } else if (kind === 'webinar') {
    const folder = path.join(site, 'content/fr/webinaires');
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      path.join(folder, `${day(i)}-webinaire-${i}.md`),
      `---\ntitle: Webinaire numéro ${i}\ndescription: Un webinaire généré.\ndate: ${day(i)}\nvideo:\n  src: https://tube.numerique.gouv.fr/videos/embed/bench-${i}\n  title: Enregistrement du webinaire ${i}\nslides:\n  src: https://exemple.gouv.fr/supports/${i}.pdf\n---\n` +
        `Le webinaire a lieu de 11h à 12h30.\n`,
    );
  } else {
    const folder = path.join(site, 'content/fr/gazettes');
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, `gazette-${i}.md`), gazette(i));
  }
};

const heldBack = (summary: ImportSummary): string =>
  [...summary.outcomes.reduce((by, o) => (o.heldBack ? by.set(o.heldBack, (by.get(o.heldBack) ?? 0) + 1) : by), new Map<string, number>())].map(([why, n]) => `${why} ${n}`).join(', ') || 'aucun';

const site = mkdtempSync(path.join(os.tmpdir(), 'bluehats-import-bench-'));
const previousSite = mkdtempSync(path.join(os.tmpdir(), 'bluehats-import-bench-previous-'));
if (values.site) cpSync(values.site, site, { recursive: true });
else for (let i = 0; i < files; i += 1) writePage(site, i);
if (values.site && values['git-date']) commitFolder(site, values['git-date']);
if (values.previous) cpSync(values.previous, previousSite, { recursive: true });
// The previous site: one newsletter in ten, at its older address.
for (let i = 8; i < files && !values.site; i += 100) {
  mkdirSync(path.join(previousSite, 'content/fr/lettres'), { recursive: true });
  for (const j of [i, i + 1, i + 10, i + 11, i + 20, i + 21, i + 30, i + 31, i + 40, i + 41].filter((n) => n < files)) writeFileSync(path.join(previousSite, `content/fr/lettres/lettre-${j}.md`), gazette(j));
}
const cms = await startStrapi({ database: values.database === 'postgres' ? 'postgres' : 'sqlite', env: { SEED_DEMO_CONTENT: 'false' } });
let outDir: string | null = null;
try {
  const token = await createApiToken(cms, 'full-access');
  const run = (root: string) =>
    runImport({
      paths: [path.join(root, 'content')],
      siteRoot: root,
      cmsUrl: cms.url,
      token,
      dryRun: false,
      publish: true,
      as: 'auto',
      patterns: [parseUrlPattern('content/fr/blog/posts=/fr/blog/{slug}/')],
      sameAs: values['same-as'].map(parseSameAs),
      log: () => undefined,
    });
  const first = await run(site);
  const again = await run(site);
  // --site without --previous: no previous site, nothing to merge.
  const previous: ImportSummary = values.site && !values.previous ? { outcomes: [], failed: 0, seconds: 0, menu: null, englishMenu: null, siteRoot: previousSite, sectionRedirects: [], unreached: [] } : await run(previousSite);
  const count = (summary: ImportSummary, action: FileOutcome['action']) => summary.outcomes.filter((o) => o.action === action).length;
  console.log(
    `Import de ${values.site ?? `${files} fichiers générés`} (${values.database}) : ${first.outcomes.length} fichiers en ${first.seconds.toFixed(1)} s, ${count(first, 'created')} créés, ` +
      `${first.outcomes.filter((o) => o.published).length} publiés, ${count(first, 'navigation')} de navigation, ${count(first, 'skipped')} non importés, ` +
      `laissés en brouillon : ${heldBack(first)}, ${first.failed} en échec ; réimport : ${again.seconds.toFixed(1)} s, ${count(again, 'unchanged')} inchangés ; ` +
      `site précédent : ${previous.outcomes.length} fichiers en ${previous.seconds.toFixed(1)} s, ${count(previous, 'merged')} fusionnés, ${previous.failed} en échec.`,
  );
  const put = (type: string, data: Record<string, unknown>) =>
    fetch(`${cms.url}/api/${type}`, { method: 'PUT', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ data }) });
  await put('site-setting', { siteName: 'BlueHats', brandTop: 'République\nFrançaise', accessibilityStatus: 'non-conforme' });
  const started = performance.now();
  const build = await buildSite({ strapiUrl: cms.url, token: cms.readToken });
  outDir = build.outDir;
  if (build.code !== 0) throw new Error(build.output.slice(-3000));
  const fidelity = await checkFidelity(first.outcomes, first.siteRoot, pageFromDist(build.outDir));
  const incomplete = fidelity.files.filter((f) => f.found < f.words);
  console.log(
    `Site construit en ${((performance.now() - started) / 1000).toFixed(1)} s ; fidélité : ${((100 * fidelity.found) / Math.max(1, fidelity.words)).toFixed(2)} % des mots ` +
      `(${fidelity.found} sur ${fidelity.words}, ${fidelity.files.length} pages vérifiées, ${fidelity.unchecked.length} non vérifiées, ${incomplete.length} incomplètes${incomplete[0] ? ` ; ex. ${incomplete[0].file} : ${incomplete[0].missing.slice(0, 3).join(' | ')}` : ''}).`,
  );
  process.exitCode = first.failed + again.failed + previous.failed > 0 || incomplete.length > 0 ? 1 : 0;
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n--- journal du CMS ---\n${cms.logs().slice(-4000)}`);
  process.exitCode = 1;
} finally {
  await cms.destroy();
  for (const folder of [site, previousSite, ...(outDir ? [outDir] : [])]) rmSync(folder, { recursive: true, force: true });
}
