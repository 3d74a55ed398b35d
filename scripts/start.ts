/**
 * `npm start`: the whole system on the embedded default. Creates the .env files on first run,
 * builds and starts Strapi (SQLite), starts the publish service (the engine's: builds the site
 * from the CMS, serves it, rebuilds it each time an editor publishes) and the preview server, and
 * supervises them. It only starts processes; what publishing is lives in the engine (web/engine).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CACHE_DIR, hashInputs, startPublishService, unlessBuiltFrom } from 'web/engine';
import { ensureEnv } from './ensure-env.js';
import { cmsBuildIsCurrent } from './lib/cms-build.js';
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

  console.log('3/4 Construction du site à partir du contenu publié, et sa publication…');
  const publishing = await startPublishService({
    webDir,
    strapiUrl: cmsUrl,
    strapiToken: setting('STRAPI_TOKEN', '', web),
    siteUrl,
    sitesDir: process.env.WEB_SITES_DIR,
    sitePort: webPort,
    webhookPort: rebuildPort,
    webhookSecret: secret,
    env,
    runProcess: run,
  });
  phaseDone('construction du site');
  const servedAfter = (performance.now() - started) / 1000;

  console.log('4/4 Serveur d’aperçu…');
  // The preview server renders drafts on request; its own build needs no rebuild on publish.
  const contentEnv = { STRAPI_URL: cmsUrl, STRAPI_TOKEN: setting('STRAPI_TOKEN', '', web), PREVIEW_SECRET: setting('PREVIEW_SECRET', '', web) };
  const previewDir = path.join(webDir, 'dist-preview');
  // Its public pages are prerendered from the published content, its secret baked in: both are inputs.
  const { code, content } = publishing.inputs;
  await unlessBuiltFrom(previewDir, hashInputs({ ...code, ...contentEnv, content }), 'serveur d’aperçu', () =>
    run(bin('astro'), ['build', '--config', 'astro.preview.config.mjs'], {
      cwd: webDir,
      env: { ...env, ...contentEnv, SITE_URL: siteUrl, PREVIEW_OUT_DIR: previewDir, ASTRO_CACHE_DIR: path.join(webDir, `${DEFAULT_CACHE_DIR}-preview`) },
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
