import type http from 'node:http';
import path from 'node:path';
import {
  createBoundaryScheduler,
  createRebuilder,
  outputFolders,
  readBoundaries,
  serveStatic,
  startWebhookServer,
  type OutputFolders,
  type Rebuilder,
} from '@bluehats/rebuild-service';
import { astroCliPath } from '../astro/astro-cli';
import { DEFAULT_CACHE_DIR, storeFileIn } from '../astro/astro-internals';
import { fingerprint } from '../content/build-fingerprint';
import { boundaryPassed } from '../content/incremental';
import { createSiteBuilder } from '../fast/site-builder';
import { siteBuildArgs } from '../full/site-build-command';
import { builtFrom, fileDigest, hashInputs, readStamp, unlessBuiltFrom, writeStamp } from './build-stamps';
import { contentDigest } from './content-digest';
import { runInherited, type RunProcess } from './run-process';

export type PublishServiceOptions = {
  /** The site's app: apps/web, or a copy of it. */
  webDir: string;
  /** The CMS, and its read-only build token. */
  strapiUrl: string;
  strapiToken: string;
  /** The site's public address, written into its pages. */
  siteUrl: string;
  /** Where the outputs are kept, one folder per build (default `<webDir>/.sites`). */
  sitesDir?: string;
  /** Where the renderer and the build caches are kept (default: webDir, as `npm run build` keeps them); a test gives its own. */
  workDir?: string;
  /** The static server of the site. */
  sitePort: number;
  /** The webhook and status server: POST /webhook (the secret in a header), GET /status. */
  webhookPort: number;
  webhookSecret: string;
  /** The environment of the build processes, to which the CMS and site settings above are added (default: this process's). */
  env?: NodeJS.ProcessEnv;
  /** How a build process is run (default: its output goes to this process's). */
  runProcess?: RunProcess;
  log?: (message: string) => void;
};

export type PublishService = {
  folders: OutputFolders;
  rebuilder: Rebuilder;
  /** What the site is built from: the code with the settings baked into it, and the digest of the published content. */
  inputs: { code: Record<string, string>; content: string };
  /** False when the output of the previous run was served again, nothing it was built from having changed. */
  builtAtStart: boolean;
  /** Settled once the fast renderer is ready (or known unavailable): publications before it cost a full build. */
  rendererReady: Promise<void>;
  close: () => Promise<void>;
};

const closeServer = (server: http.Server): Promise<void> => new Promise((resolve) => server.close(() => resolve()));

/**
 * The publish service: builds the site from the published content and serves it, then rebuilds it
 * on each publication (Strapi's webhook), by the fast renderer when it can, and at each time
 * boundary (a call opens, an event ends); a build that fails leaves the last good site online.
 * `npm start` runs it in its own process; a deployment runs it alone (docs/production.md).
 *
 * Its home is the engine, not packages/rebuild-service: it wires the engine's builds to the
 * service's parts, and a package may not depend on an app.
 *
 * The fast renderer runs in this process and reads the CMS's address and token from its
 * environment: they are set here.
 */
export const startPublishService = async (options: PublishServiceOptions): Promise<PublishService> => {
  const { webDir, strapiUrl, strapiToken, siteUrl } = options;
  // Said before a build of several minutes, not after it (the webhook server refuses it too).
  if (!options.webhookSecret) throw new Error('REBUILD_WEBHOOK_SECRET est vide : le service de publication refuse de démarrer sans secret.');
  const run = options.runProcess ?? runInherited;
  const log = options.log ?? ((message: string) => console.log(message));
  const folders = outputFolders(options.sitesDir ?? path.join(webDir, '.sites'));
  const siteEnv: NodeJS.ProcessEnv = { ...(options.env ?? process.env), STRAPI_URL: strapiUrl, STRAPI_TOKEN: strapiToken, SITE_URL: siteUrl };
  // What each output is built from: unchanged since the previous run, the output is served again as it is.
  const code = { code: fingerprint(webDir), STRAPI_URL: strapiUrl, SITE_URL: siteUrl };
  const content = await contentDigest(strapiUrl, strapiToken);
  const siteInputs = hashInputs({ ...code, content });
  Object.assign(process.env, { STRAPI_URL: strapiUrl, STRAPI_TOKEN: strapiToken, SITE_URL: siteUrl });
  const workDir = options.workDir ?? webDir;
  const rendererDir = path.join(workDir, '.renderer');
  const cacheDir = siteEnv.ASTRO_CACHE_DIR ?? path.join(workDir, DEFAULT_CACHE_DIR);
  const storeFile = storeFileIn(cacheDir);
  const site = createSiteBuilder({
    rendererDir,
    storeFile,
    fullBuild: (dir) => run(process.execPath, [...siteBuildArgs], { cwd: webDir, env: { ...siteEnv, WEB_OUT_DIR: dir, ASTRO_CACHE_DIR: cacheDir }, label: 'web:build' }),
    // The renderer holds code, not content: built again only when the code or its settings changed.
    buildRenderer: () =>
      unlessBuiltFrom(
        rendererDir,
        hashInputs(code),
        'rendu rapide',
        () =>
          run(process.execPath, [astroCliPath(), 'build', '--config', 'astro.renderer.config.mjs'], {
            cwd: webDir,
            env: { ...siteEnv, CONTENT_SOURCE: 'none', RENDERER_OUT_DIR: rendererDir, ASTRO_CACHE_DIR: `${cacheDir}-renderer` },
            label: 'rendu:build',
          }),
        log,
      ),
  });

  // Each build announces when a page will change by itself (a call opens, an event ends): rebuild then.
  let boundaries: ReturnType<typeof createBoundaryScheduler> | null = null;
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
  const builtAtStart = !(previous && builtFrom(servedStamp, previous, siteInputs) && !boundaryPassed(previous));
  let rendererReady = Promise.resolve();
  if (!builtAtStart) {
    log('    ni le code ni le contenu publié n’ont changé depuis le dernier lancement : le site construit alors est servi tel quel.');
    boundaries.reschedule();
    // The fast rebuild starts from the content of the build that made this output, if no other build replaced it since.
    if (readStamp(servedStamp)?.store === fileDigest(storeFile)) rendererReady = site.prepare();
  } else {
    await rebuilder.buildNow('démarrage');
    const built = folders.current();
    if (!built) throw new Error('La première construction du site a échoué : voir le journal [web:build] ci-dessus.');
    // Only this build is recorded: an output the service makes later is not, and the next start builds again.
    if (built !== previous) writeStamp(servedStamp, { output: built, inputs: siteInputs, store: fileDigest(storeFile) });
  }

  const servers = [
    await serveStatic(() => folders.current() ?? webDir, options.sitePort),
    await startWebhookServer(rebuilder, { port: options.webhookPort, secret: options.webhookSecret }),
  ];
  return {
    folders,
    rebuilder,
    inputs: { code, content },
    builtAtStart,
    rendererReady,
    close: async () => {
      boundaries?.stop();
      await Promise.all(servers.map(closeServer));
      await rebuilder.idle();
      await site.close();
    },
  };
};
