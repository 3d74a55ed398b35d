/**
 * `npm run bench [-- --articles N --quotes N --videos N --calls N]`: loads a synthetic corpus into a
 * fresh CMS, then measures in one run the content fetch, the build from the CMS, the same build
 * from local files, an incremental rebuild after one edit, and the weight of each page type.
 * Prints a table and writes bench-results/latest.json (see docs/benchmark.md).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createStrapiClient } from '@bluehats/strapi-client';
import {
  cmsDir,
  createApiToken,
  createThrowawayDatabase,
  fullDsfrWeight,
  listFiles,
  newSecrets,
  pageWeight,
  repoRoot,
  restWrite,
  startStrapi,
  webDir,
} from '@bluehats/testkit';
import { DEFAULT_DEBOUNCE_MS } from '@bluehats/rebuild-service';
import { defaultLocale } from '@bluehats/content-types';
import { importContentLoader, importRenderer, readContentSnapshot, renderWorkerCount, storeFileIn } from 'web/engine';
import { defaultScale, translatedCount, type CorpusScale } from './bench/corpus.js';
import { halfSnapshot } from './bench/half-snapshot.js';
import { fastest, measureBuild, phaseList, type BuildRun } from './bench/measure-build.js';
import { measurePublications } from './bench/publications.js';
import { secondLanguage, secondLanguageLines } from './bench/second-language.js';

const { values } = parseArgs({
  options: {
    articles: { type: 'string' },
    quotes: { type: 'string' },
    videos: { type: 'string' },
    calls: { type: 'string' },
    // The share of articles that also have an English version (0.5: half); then the full build of the
    // same corpus in French alone runs too, alternated, to show what the second language costs.
    translated: { type: 'string' },
    database: { type: 'string', default: 'sqlite' },
    // Keeps the work folder (corpus snapshot, builds) to study a build again without reloading the corpus.
    keep: { type: 'boolean', default: false },
    // How many times each full build runs (alternated); the fastest counts.
    runs: { type: 'string', default: '2' },
  },
});
const scale: CorpusScale = {
  articles: Number(values.articles ?? defaultScale.articles),
  quotes: Number(values.quotes ?? defaultScale.quotes),
  videos: Number(values.videos ?? defaultScale.videos),
  projectCalls: Number(values.calls ?? defaultScale.projectCalls),
  tags: defaultScale.tags,
  translated: Number(values.translated ?? defaultScale.translated),
};

const runCount = Math.max(1, Number(values.runs));


const seconds = (from: bigint): number => Number(process.hrtime.bigint() - from) / 1e9;
const kb = (bytes: number): string => (bytes / 1024).toFixed(1);

const loadCorpus = (env: Record<string, string>): Promise<number> =>
  new Promise((resolve, reject) => {
    let output = '';
    const child = spawn(process.execPath, [path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs'), path.join(repoRoot, 'scripts/bench/load-corpus.ts')], {
      cwd: cmsDir,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.on('exit', (code) => {
      const line = output.split('\n').find((l) => l.startsWith('{"loadSeconds"'));
      if (code === 0 && line) resolve((JSON.parse(line) as { loadSeconds: number }).loadSeconds);
      else reject(new Error(`Chargement du corpus en échec (code ${code}) :\n${output.slice(-4000)}`));
    });
  });

const mustSucceed = (run: BuildRun, what: string): BuildRun => {
  if (run.code !== 0) throw new Error(`${what} en échec :\n${run.output.slice(-4000)}`);
  return run;
};

const main = async (): Promise<void> => {
  const work = mkdtempSync(path.join(os.tmpdir(), 'bluehats-bench-'));
  const database = await createThrowawayDatabase(values.database === 'postgres' ? 'postgres' : 'sqlite');
  const secrets = newSecrets();
  console.log(`Corpus : ${scale.articles} articles (${translatedCount(scale.articles, scale.translated)} en anglais aussi), ${scale.quotes} citations, ${scale.videos} vidéos, ${scale.projectCalls} appels à projets.`);
  try {
    const loadSeconds = await loadCorpus({
      NODE_ENV: 'production',
      STRAPI_TELEMETRY_DISABLED: 'true',
      SERVE_ADMIN_PANEL: 'false',
      SEED_DEMO_CONTENT: 'true',
      DATABASE_FILENAME: '',
      DATABASE_URL: '',
      BENCH_SCALE: JSON.stringify(scale),
      ...secrets,
      ...database.env,
    });
    console.log(`Chargé par le service de documents en ${loadSeconds.toFixed(1)} s.`);
    const cms = await startStrapi({ database, secrets, timeoutMs: 300_000 });
    try {
      // 1. The content fetch alone, as the build does it.
      const client = createStrapiClient({ url: cms.url, token: cms.readToken });
      const fetchStart = process.hrtime.bigint();
      // Every language the build reads (`articles`, `articles@en`…), saved as the build from files reads it.
      const snapshot = await readContentSnapshot(client);
      const fetchSeconds = seconds(fetchStart);
      const fetchStats = { ...client.stats };
      const counts: Record<string, number> = {};
      for (const [name, entries] of Object.entries(snapshot)) if (Array.isArray(entries)) counts[name] = entries.length;
      const requestBound = Object.values(counts).reduce((sum, n) => sum + Math.max(1, Math.ceil(n / 100)), 0) + 10;
      const snapshotFile = path.join(work, 'snapshot.json');
      writeFileSync(snapshotFile, JSON.stringify(snapshot));
      const bilingual = scale.translated > 0;
      const frenchFile = path.join(work, 'snapshot-fr.json');
      if (bilingual) writeFileSync(frenchFile, JSON.stringify(await readContentSnapshot(client, [defaultLocale])));

      const common = { STRAPI_URL: cms.url, STRAPI_TOKEN: cms.readToken, SITE_URL: 'https://bluehats.example.gouv.fr', BUILD_NOW: '2026-01-15T12:00:00Z' };
      const dirs = (name: string) => ({ WEB_OUT_DIR: path.join(work, name), ASTRO_CACHE_DIR: path.join(work, `${name}-cache`) });

      // 2. The full build from the CMS, on an empty cache; 3. the same site from the same content as a
      // local file. This machine's speed drifts by up to a third within an hour: each build runs twice,
      // alternated, and the faster run of each counts (both are reported, the memory is the higher).
      const cmsRuns: BuildRun[] = [];
      const fileRuns: BuildRun[] = [];
      // With --translated, the same corpus in French alone, from files too: the ratio of two builds of one run.
      const frenchRuns: BuildRun[] = [];
      for (let round = 1; round <= runCount; round += 1) {
        const name = (base: string): string => (round === 1 ? base : `${base}-${round}`);
        cmsRuns.push(mustSucceed(await measureBuild({ ...common, ...dirs(name('cms')) }), 'Construction depuis le CMS'));
        fileRuns.push(mustSucceed(await measureBuild({ ...common, ...dirs(name('files')), CONTENT_SNAPSHOT: snapshotFile }), 'Construction depuis les fichiers'));
        if (bilingual) frenchRuns.push(mustSucceed(await measureBuild({ ...common, ...dirs(name('fr')), CONTENT_SNAPSHOT: frenchFile }), 'Construction en français seul'));
        // The first round's CMS folders stay: the fast rebuild below starts from the build from the CMS.
        const done = { ...dirs(name('fr')), ...(round > 1 ? { ...dirs(name('cms')), ...dirs(name('files')) } : {}) };
        for (const folder of Object.values(done)) rmSync(folder, { recursive: true, force: true });
      }
      const fromCms = fastest(cmsRuns);
      const fromFiles = fastest(fileRuns);
      const languages = bilingual ? secondLanguage(fastest(frenchRuns), fromFiles) : null;
      if (languages) console.log(`\n${secondLanguageLines(languages, frenchRuns, fileRuns).join('\n')}\n`);
      // Then from half of the corpus, so that the memory an article costs is the difference of two
      // builds of one run, not a guess from one.
      const halfFile = path.join(work, 'snapshot-half.json');
      const half = halfSnapshot(snapshot);
      writeFileSync(halfFile, JSON.stringify(half.snapshot));
      const fromHalf = mustSucceed(await measureBuild({ ...common, ...dirs('half'), CONTENT_SNAPSHOT: halfFile }), 'Construction de la moitié du corpus');
      rmSync(path.join(work, 'half'), { recursive: true, force: true });
      const articlesFull = counts.articles ?? 0;
      const memory = {
        full: { articles: articlesFull, peakMb: fromFiles.peakMb, mbPerArticle: fromFiles.peakMb / articlesFull },
        half: { articles: half.articles, peakMb: fromHalf.peakMb, mbPerArticle: fromHalf.peakMb / half.articles },
        marginalMbPerArticle: (fromFiles.peakMb - fromHalf.peakMb) / (articlesFull - half.articles),
      };
      // 4. One article edited, then rebuilt as the rebuild service does it: the renderer (prepared once
      // per version of the code, from the full build's content) renders the pages the edit changes.
      const rendererDir = path.join(webDir, '.renderer-bench');
      const prepareStart = process.hrtime.bigint();
      mustSucceed(await measureBuild({ ...common, CONTENT_SOURCE: 'none', RENDERER_OUT_DIR: rendererDir, ASTRO_CACHE_DIR: path.join(work, 'renderer-cache') }, 'astro.renderer.config.mjs'), 'Préparation du rendu rapide');
      Object.assign(process.env, common);
      const { createRenderer } = await importRenderer();
      const renderer = await createRenderer({ rendererDir, storeFile: storeFileIn(path.join(work, 'cms-cache')), log: () => undefined });
      renderer.reload();
      await renderer.warmUp();
      const prepareSeconds = seconds(prepareStart);
      const writer = await createApiToken(cms, 'full-access');
      const [first] = (snapshot.articles as Array<{ documentId: string; title: string }>) ?? [];
      if (!first) throw new Error('Aucun article dans le corpus.');
      await restWrite(cms, writer, 'PUT', `/api/articles/${first.documentId}?status=published`, { title: `${first.title} (modifié)` });
      const { contentStats } = await importContentLoader();
      const requestsBefore = contentStats().requests;
      let peakRss = process.memoryUsage().rss;
      const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
      const updateStart = process.hrtime.bigint();
      const update = await renderer.update({ base: path.join(work, 'cms'), outDir: path.join(work, 'cms-next') });
      const updateSeconds = seconds(updateStart);
      // Counted now: the publications measured below go through the same renderer and client.
      const updateRequests = contentStats().requests - requestsBefore;
      // The search index follows once the pages are served (the rebuild service's follow-up).
      const indexStart = process.hrtime.bigint();
      if (update.kind === 'partial') await update.reindex();
      const indexSeconds = seconds(indexStart);
      clearInterval(sampler);
      if (update.kind !== 'partial') throw new Error(`Le rendu rapide a renvoyé à une construction complète : ${update.reason}`);
      // Then one publication of each kind, each from the output of the one before.
      const corpusArticles = snapshot.articles as Array<{ documentId: string; slug: string; title: string }>;
      const corpusTags = (snapshot.tags ?? []) as Array<{ documentId: string; slug: string; name: string }>;
      const spread = [0.1, 0.3, 0.5, 0.7].map((share) => corpusArticles[Math.floor(share * corpusArticles.length)]).filter((article) => article !== undefined);
      const publications = await measurePublications({
        cms,
        writer,
        renderer,
        base: path.join(work, 'cms-next'),
        debounceSeconds: DEFAULT_DEBOUNCE_MS / 1000,
        articles: spread,
        tags: corpusTags,
      });
      await renderer.close();
      rmSync(rendererDir, { recursive: true, force: true });
      const incremental = {
        seconds: updateSeconds,
        pages: update.rendered,
        kept: update.kept,
        phases: { ...update.seconds, index: indexSeconds },
        peakMb: peakRss / 1024 ** 2,
        fetchRequests: updateRequests,
        prepareSeconds,
      };
      const htmlFiles = (dir: string): number => listFiles(dir).filter((f) => f.endsWith('.html')).length;
      const editedPage = readFileSync(path.join(work, 'cms-next', 'articles', (first as { slug?: string }).slug ?? '', 'index.html'), 'utf8');
      if (!editedPage.includes('(modifié)') || htmlFiles(path.join(work, 'cms-next')) !== htmlFiles(path.join(work, 'cms'))) {
        throw new Error('La reconstruction incrémentale ne donne pas le même site que la construction complète.');
      }

      // 5. What a reader downloads for each page type.
      const out = path.join(work, 'cms');
      const routes = { accueil: '/', 'liste d’articles': '/articles/', article: `/articles/${(first as { slug?: string }).slug ?? 'article-1'}/`, 'appels à projets': '/appels-a-projets/', 'appel à projets': '/appels-a-projets/appel-1/', vidéos: '/videos/', recherche: '/recherche/' };
      const weights = Object.entries(routes).map(([type, route]) => ({ type, ...pageWeight(out, route) }));
      const full = fullDsfrWeight(repoRoot);

      const results = {
        machine: { cpus: os.cpus().length, memoryGb: Math.round(os.totalmem() / 1024 ** 3), node: process.version, database: values.database, renderThreads: renderWorkerCount() },
        scale,
        load: { seconds: loadSeconds },
        fetch: { seconds: fetchSeconds, requests: fetchStats.requests, bytes: fetchStats.bytes, requestBound, counts },
        buildFromCms: { seconds: fromCms.seconds, runs: fromCms.runs, pages: fromCms.pages, pagesPerSecond: fromCms.pages / fromCms.seconds, peakMb: fromCms.peakMb, phases: fromCms.phases },
        buildFromFiles: { seconds: fromFiles.seconds, runs: fromFiles.runs, pages: fromFiles.pages, peakMb: fromFiles.peakMb, phases: fromFiles.phases },
        memory,
        secondLanguage: languages,
        publishToLive: { debounceSeconds: DEFAULT_DEBOUNCE_MS / 1000, seconds: DEFAULT_DEBOUNCE_MS / 1000 + incremental.seconds },
        publications,
        // Pages rendered whole: a page put in its new frame costs a fraction of one.
        rendererPagesPerSecond: Math.max(...publications.map((run) => (run.pagesRendered - run.pagesFramed) / run.phases.render)),
        incremental: { seconds: incremental.seconds, pagesRendered: incremental.pages, filesKept: incremental.kept, phaseSeconds: incremental.phases, peakMb: incremental.peakMb, fetchRequests: incremental.fetchRequests, rendererPreparationSeconds: incremental.prepareSeconds },
        ratios: {
          cmsOverFiles: fromCms.seconds / fromFiles.seconds,
          incrementalOverFull: incremental.seconds / fromCms.seconds,
          requestsOverBound: fetchStats.requests / requestBound,
        },
        pageWeights: weights,
        fullDsfr: full,
      };
      const mb = (n: number): string => n.toFixed(0);
      const runsOf = (build: { runs: number[] }): string => (build.runs.length > 1 ? ` (la plus rapide de ${build.runs.map((run) => `${run.toFixed(1)} s`).join(', ')})` : '');
      const phasesOf = (build: BuildRun): string => phaseList(build.phases);
      const table = [
        ['Mesure', 'Valeur', 'Cible'],
        ['Récupération du contenu seule', `${fetchSeconds.toFixed(1)} s, ${fetchStats.requests} requêtes, ${(fetchStats.bytes / 1024 ** 2).toFixed(1)} Mo`, `≤ ${requestBound} requêtes`],
        ['Construction depuis le CMS', `${fromCms.seconds.toFixed(1)} s${runsOf(fromCms)}, ${fromCms.pages} pages, ${(fromCms.pages / fromCms.seconds).toFixed(0)} pages/s, ${mb(fromCms.peakMb)} Mo au plus`, '≥ 150 pages/s ; < 1 536 Mo'],
        ['Phases de cette construction', phasesOf(fromCms), ''],
        ['Construction depuis des fichiers', `${fromFiles.seconds.toFixed(1)} s${runsOf(fromFiles)}, ${mb(fromFiles.peakMb)} Mo au plus`, ''],
        ['Phases de cette construction', phasesOf(fromFiles), ''],
        ['Rapport CMS / fichiers', results.ratios.cmsOverFiles.toFixed(2), '≤ 1,05'],
        [
          'Mémoire par article (constructions depuis des fichiers)',
          `${half.articles} articles : ${mb(fromHalf.peakMb)} Mo (${memory.half.mbPerArticle.toFixed(2)} Mo/article) ; ${articlesFull} : ${mb(fromFiles.peakMb)} Mo (${memory.full.mbPerArticle.toFixed(2)} Mo/article) ; ${memory.marginalMbPerArticle.toFixed(3)} Mo par article de plus`,
          '',
        ],
        ...(languages ? secondLanguageLines(languages, frenchRuns, fileRuns).map((line) => [line, '', '≤ +10 % par page']) : []),
        ['Préparation du rendu rapide (une fois par version du code)', `${incremental.prepareSeconds.toFixed(1)} s`, ''],
        [
          'Reconstruction après une modification (pages servies)',
          `${incremental.seconds.toFixed(1)} s, ${incremental.pages} pages rendues, ${incremental.kept} fichiers repris, ${incremental.fetchRequests} requêtes, ${mb(incremental.peakMb)} Mo au plus (relecture ${incremental.phases.sync.toFixed(1)} s, plan ${incremental.phases.plan.toFixed(1)} s, rendu ${incremental.phases.render.toFixed(1)} s, écriture ${incremental.phases.copy.toFixed(1)} s) ; index de recherche ensuite en ${incremental.phases.index.toFixed(1)} s`,
          '',
        ],
        ['Publication → pages servies', `${results.publishToLive.seconds.toFixed(1)} s (attente de ${results.publishToLive.debounceSeconds.toFixed(1)} s comprise)`, '≤ 3 s'],
        ...publications.map((run) => [
          `Publication (${run.kind}) → pages servies ; → index de recherche à jour`,
          `${run.seconds.toFixed(1)} s ; ${run.indexSeconds.toFixed(1)} s (${run.pagesRendered} pages rendues${run.pagesFramed > 0 ? ` dont ${run.pagesFramed} remises dans leur nouveau cadre` : ''}, ${run.filesKept} fichiers repris ; relecture ${run.phases.sync.toFixed(1)} s, plan ${run.phases.plan.toFixed(1)} s, rendu ${run.phases.render.toFixed(1)} s, écriture ${run.phases.copy.toFixed(1)} s, index ${run.phases.index.toFixed(1)} s)`,
          '≤ 3 s ; ≤ 5 s',
        ]),
        ['Rendu rapide (le plus grand lot de pages)', `${results.rendererPagesPerSecond.toFixed(0)} pages/s`, ''],
        ['Rapport reconstruction / construction', results.ratios.incrementalOverFull.toFixed(2), '≤ 0,5'],
        ...weights.map((w) => [`Poids : ${w.type}`, `HTML ${kb(w.html)} Ko, CSS ${kb(w.css)} Ko, JS ${kb(w.js)} Ko (gzip)`, 'CSS ≤ 60 Ko, JS ≤ 35 Ko']),
        ['DSFR complet (pour comparer)', `CSS ${kb(full.css)} Ko, JS ${kb(full.js)} Ko (gzip)`, ''],
      ];
      console.log(`\n${table.map((row) => `| ${row.join(' | ')} |`).join('\n')}\n`);
      const resultsDir = path.join(repoRoot, 'bench-results');
      mkdirSync(resultsDir, { recursive: true });
      writeFileSync(path.join(resultsDir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
      console.log(`Chiffres écrits dans ${path.join(resultsDir, 'latest.json')}`);
    } finally {
      await cms.stop();
    }
  } finally {
    await database.drop();
    if (values.keep) console.log(`Dossier de travail gardé : ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
