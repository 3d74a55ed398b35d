/**
 * `npm start`: the whole system on the embedded default. Creates the .env files on first run,
 * builds and starts Strapi (SQLite), builds the site from it, serves it, and rebuilds it each
 * time an editor publishes (Strapi webhook → rebuild service → atomic swap of the served folder).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBoundaryScheduler, createRebuilder, outputFolders, readBoundaries, serveStatic, startWebhookServer } from '@bluehats/rebuild-service';
import { createSiteBuilder } from '../apps/web/src/build/fast/site-builder.js';
import { fingerprint } from '../apps/web/src/build/content/build-fingerprint.js';
import { boundaryPassed } from '../apps/web/src/build/content/incremental.js';
import { siteBuildArgs } from '../apps/web/src/build/full/site-build-command.js';
import { ensureEnv } from './ensure-env.js';
import { builtFrom, fileDigest, hashInputs, readStamp, writeStamp } from './lib/build-stamps.js';
import { cmsBuildIsCurrent } from './lib/cms-build.js';
import { contentDigest } from './lib/content-digest.js';
import { assertSupportedNode, withThisNode } from './lib/node-version.js';
import { run, startPrefixed, stopAll, waitForHttp } from './lib/processes.js';


const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cmsDir = path.join(root, 'apps/cms');
const webDir = path.join(root, 'apps/web');
const bin = (name: string): string => path.join(root, 'node_modules/.bin', name);

const quiet = { STRAPI_TELEMETRY_DISABLED: 'true', ASTRO_TELEMETRY_DISABLED: '1', TURBO_TELEMETRY_DISABLED: '1' };

// Seconds since `npm start`, by phase: the figures a second run with nothing changed is compared on (docs/benchmark.md).
const started = performance.now();
const phases: string[] = [];
let phaseStart = started;
const phaseDone = (what: string): void => {
  const now = performance.now();
  phases.push(`${what} ${((now - phaseStart) / 1000).toFixed(1)} s`);
  phaseStart = now;
};

/** Runs `build` into `dir` unless the build already there was made from these inputs (recorded in dir). */
const unlessBuiltFrom = async (dir: string, inputs: string, what: string, build: () => Promise<void>): Promise<void> => {
  const stamp = path.join(dir, '.bluehats-start-stamp.json');
  if (builtFrom(stamp, dir, inputs)) {
    console.log(`    ${what} : déjà construit pour ce code, repris tel quel.`);
    return;
  }
  await build();
  writeStamp(stamp, { output: dir, inputs });
};

const main = async (): Promise<void> => {
  const { cms, web } = ensureEnv();
  // Variables set in the shell win over the .env files, as in Strapi and Astro.
  const setting = (key: string, fallback: string, file = cms): string => process.env[key] ?? file.get(key) ?? fallback;
  const cmsPort = setting('PORT', '1337');
  const cmsUrl = `http://127.0.0.1:${cmsPort}`;
  const webPort = Number(process.env.WEB_PORT ?? '4321');
  const rebuildPort = Number(process.env.REBUILD_PORT ?? '4322');
  const previewPort = Number(process.env.PREVIEW_PORT ?? '4323');
  const siteUrl = process.env.SITE_URL ?? `http://127.0.0.1:${webPort}`;
  const secret = setting('REBUILD_WEBHOOK_SECRET', '');
  assertSupportedNode();
  // turbo (through npm) and the `astro` bin find `node` on PATH: the one running this script comes first.
  const env = withThisNode({ ...process.env, ...quiet, NODE_ENV: 'production' });
  const folders = outputFolders(process.env.WEB_SITES_DIR ?? path.join(webDir, '.sites'));

  console.log('1/4 Construction du CMS (administration et serveur)…');
  // Asked first, not replayed from turbo's cache: a replay rewrites dist under any Strapi already running from it.
  if (cmsBuildIsCurrent(env)) console.log('    à jour depuis la dernière construction : rien à refaire.');
  else await run(bin('turbo'), ['run', 'build', '--filter=cms', '--output-logs=errors-only'], { cwd: root, env, label: 'cms:build' });
  phaseDone('construction du CMS');

  console.log('2/4 Démarrage de Strapi…');
  const strapi = startPrefixed(process.execPath, [path.join(root, 'node_modules/@strapi/strapi/bin/strapi.js'), 'start'], {
    cwd: cmsDir,
    env: {
      ...env,
      PORT: cmsPort,
      PUBLIC_URL: process.env.PUBLIC_URL ?? cmsUrl,
      REBUILD_WEBHOOK_URL: process.env.REBUILD_WEBHOOK_URL ?? `http://127.0.0.1:${rebuildPort}/webhook`,
      // The admin shows each page's public state, asked of the rebuild service, and links to the page.
      REBUILD_STATUS_URL: process.env.REBUILD_STATUS_URL ?? `http://127.0.0.1:${rebuildPort}/status`,
      SITE_URL: siteUrl,
      PREVIEW_URL: process.env.PREVIEW_URL ?? `http://127.0.0.1:${previewPort}`,
    },
    label: 'cms',
  });
  await waitForHttp(`${cmsUrl}/_health`, 180_000, strapi);
  phaseDone('démarrage de Strapi');

  console.log('3/4 Construction du site à partir du contenu publié…');
  // Each build announces when a page will change by itself (a call opens, an event ends): rebuild then.
  let boundaries: ReturnType<typeof createBoundaryScheduler> | null = null;
  const siteEnv = { ...env, STRAPI_URL: cmsUrl, STRAPI_TOKEN: setting('STRAPI_TOKEN', '', web), SITE_URL: siteUrl };
  // What each output is built from: unchanged since the previous start, the output is served again as it is.
  const code = { code: fingerprint(webDir), STRAPI_URL: cmsUrl, SITE_URL: siteUrl };
  const content = await contentDigest(cmsUrl, siteEnv.STRAPI_TOKEN);
  const siteInputs = hashInputs({ ...code, content });
  // The fast renderer runs in this process and reads the CMS's address and token from its environment.
  Object.assign(process.env, { STRAPI_URL: siteEnv.STRAPI_URL, STRAPI_TOKEN: siteEnv.STRAPI_TOKEN, SITE_URL: siteUrl });
  const rendererDir = path.join(webDir, '.renderer');
  const storeFile = path.join(process.env.ASTRO_CACHE_DIR ?? path.join(webDir, 'node_modules/.astro'), 'data-store.json');
  const site = createSiteBuilder({
    rendererDir,
    storeFile,
    fullBuild: (dir) => run(process.execPath, [...siteBuildArgs], { cwd: webDir, env: { ...siteEnv, WEB_OUT_DIR: dir }, label: 'web:build' }),
    // The renderer holds code, not content: built again only when the code or its settings changed.
    buildRenderer: () =>
      unlessBuiltFrom(rendererDir, hashInputs(code), 'rendu rapide', () =>
        run(bin('astro'), ['build', '--config', 'astro.renderer.config.mjs'], {
          cwd: webDir,
          env: { ...siteEnv, CONTENT_SOURCE: 'none', RENDERER_OUT_DIR: rendererDir, ASTRO_CACHE_DIR: path.join(webDir, 'node_modules/.astro-renderer') },
          label: 'rendu:build',
        }),
      ),
  });
  const rebuilder = createRebuilder({
    folders,
    onBuilt: () => boundaries?.reschedule(),
    build: async (dir) => {
      const { reindex } = await site.build(dir, folders.current());
      return reindex && { what: 'index de recherche', run: async () => void (await reindex()) };
    },
  });
  boundaries = createBoundaryScheduler({ trigger: rebuilder.trigger, boundaries: () => readBoundaries(folders.current()) });
  const servedStamp = path.join(folders.root, 'current.stamp.json');
  const previous = folders.current();
  if (previous && builtFrom(servedStamp, previous, siteInputs) && !boundaryPassed(previous)) {
    console.log('    ni le code ni le contenu publié n’ont changé depuis le dernier lancement : le site construit alors est servi tel quel.');
    boundaries.reschedule();
    // The fast rebuild starts from the content of the build that made this output, if no other build replaced it since.
    if (readStamp(servedStamp)?.store === fileDigest(storeFile)) void site.prepare();
  } else {
    await rebuilder.buildNow('démarrage');
    const built = folders.current();
    if (!built) throw new Error('La première construction du site a échoué : voir le journal [web:build] ci-dessus.');
    // Only this build is recorded: an output the rebuild service makes later is not, and the next start builds again.
    if (built !== previous) writeStamp(servedStamp, { output: built, inputs: siteInputs, store: fileDigest(storeFile) });
  }

  console.log('4/4 Publication du site et du serveur d’aperçu…');
  await serveStatic(() => folders.current() ?? webDir, webPort);
  phaseDone('construction du site');
  const servedAfter = (performance.now() - started) / 1000;
  await startWebhookServer(rebuilder, { port: rebuildPort, secret });
  // The preview server renders drafts on request; its own build needs no rebuild on publish.
  const contentEnv = { STRAPI_URL: cmsUrl, STRAPI_TOKEN: setting('STRAPI_TOKEN', '', web), PREVIEW_SECRET: setting('PREVIEW_SECRET', '', web) };
  const previewDir = path.join(webDir, 'dist-preview');
  // Its public pages are prerendered from the published content, its secret baked in: both are inputs.
  await unlessBuiltFrom(previewDir, hashInputs({ ...code, ...contentEnv, content }), 'serveur d’aperçu', () =>
    run(bin('astro'), ['build', '--config', 'astro.preview.config.mjs'], {
      cwd: webDir,
      env: { ...env, ...contentEnv, SITE_URL: siteUrl, PREVIEW_OUT_DIR: previewDir, ASTRO_CACHE_DIR: path.join(webDir, 'node_modules/.astro-preview') },
      label: 'apercu:build',
    }),
  );
  const preview = startPrefixed(process.execPath, [path.join(webDir, 'preview-server.mjs'), previewDir], {
    cwd: webDir,
    // The admin's public address: the only origin allowed to frame the preview (its preview panel).
    env: { ...env, ...contentEnv, CMS_PUBLIC_URL: process.env.PUBLIC_URL ?? cmsUrl, HOST: '127.0.0.1', PORT: String(previewPort) },
    label: 'apercu',
  });
  await waitForHttp(`http://127.0.0.1:${previewPort}/`, 30_000, preview);
  phaseDone('serveur d’aperçu');
  console.log(
    [
      '',
      `Tout est prêt : site servi ${servedAfter.toFixed(1)} s après le lancement, tout en ${((performance.now() - started) / 1000).toFixed(1)} s (${phases.join(', ')}).`,
      `  Site public      : ${siteUrl}/`,
      `  Administration   : ${cmsUrl}/admin`,
      `  Identifiant      : ${cms.get('ADMIN_EMAIL') ?? ''} (mot de passe : ADMIN_PASSWORD dans apps/cms/.env)`,
      ...(setting('SEED_DEMO_CONTENT', 'true') === 'false'
        ? []
        : [`  Comptes d’essai  : ${setting('DEMO_REDACTION_EMAIL', '')} (Rédaction), ${setting('DEMO_PUBLICATION_EMAIL', '')} (Publication) ; mots de passe : DEMO_REDACTION_PASSWORD, DEMO_PUBLICATION_PASSWORD`]),
      `  Reconstructions  : http://127.0.0.1:${rebuildPort}/status (à chaque publication)`,
      `  Aperçu           : http://127.0.0.1:${previewPort} (bouton « Aperçu » d’un brouillon dans l’administration)`,
      'Ctrl+C pour tout arrêter.',
      '',
    ].join('\n'),
  );
};

// A failed start stops what it had started (Strapi, a build under way) instead of leaving it running.
main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  void stopAll(1);
});
