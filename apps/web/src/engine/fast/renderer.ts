import { readFileSync } from 'node:fs';
import path from 'node:path';
import pLimit from 'p-limit';
import { contentTypes, detailTypes } from '@bluehats/content-types';
import { assertTestedAstro } from '../astro/astro-internals';
import { missingAsset } from '../astro/output-assets';
import { startRenderServer } from '../astro/render-server';
import { boundaryPassed, FINGERPRINT_FILE } from '../content/incremental';
import { reindexServedSite } from '../full/search-index';
import { readBuildRecord } from './build-record';
import { renderWorkerCount, startRenderPool } from './render-pool';
import { contentInMemory } from './content-in-memory';
import { framePages } from './frame-pages';
import { planRender } from './pages-to-render';
import { oldAddressFiles } from './old-addresses';
import { articleOrder, PAGE, planFiles } from './plan-files';
import { routeFiles } from './route-files';
import { ROUTES_FILE, type SiteRoute } from './static-paths';
import { writeOutput } from './write-output';
import { outputFiles } from '../../lib/output-files';
import { movedAlternates, storedAlternates } from '../../lib/i18n/stored-alternates';

export type FastRebuildResult =
  | {
      kind: 'partial';
      rendered: number;
      /** Of the pages rendered, those put in their new frame only (frame-pages.ts). */
      framed: number;
      renderedFiles: string[];
      kept: number;
      seconds: RebuildPhases;
      /** Indexes outDir for the search, once it is served: until then it carries the previous output's index. */
      reindex: () => Promise<number>;
    }
  | { kind: 'full'; reason: string };

/** Where a fast rebuild spends its time, for the benchmark and the logs. */
export type RebuildPhases = { sync: number; plan: number; render: number; copy: number };

const since = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e9;

export type RendererOptions = {
  /** The output of `astro build --config astro.renderer.config.mjs`. */
  rendererDir: string;
  /** The content store file of the static build whose output the next update starts from. */
  storeFile: string;
  log?: (message: string) => void;
};

/**
 * The fast rebuild: keeps the site's content in memory, in the very store Astro's pages read, and
 * after any content change (an entry added, corrected, unpublished, deleted or renamed, a tag, an
 * event, the settings) renders only the pages that can have changed, as the routes' own
 * getStaticPaths list them before and after it (route-files.ts), and takes the others from the
 * previous output. What it cannot vouch for (a new image, other code, a date boundary) is answered
 * with `full` so that the caller runs the static build instead.
 * One step a file: the server (astro/render-server.ts), the content and its sync
 * (content-in-memory.ts), the routes' files (route-files.ts), the plan (pages-to-render.ts,
 * plan-files.ts), the render, the asset check (astro/output-assets.ts), the writing and the sitemap (write-output.ts).
 */
export const createRenderer = async (options: RendererOptions) => {
  assertTestedAstro();
  const log = options.log ?? ((message: string) => console.log(`[rendu rapide] ${message}`));
  const content = await contentInMemory(log);
  const { store } = content;
  const { fingerprint, site } = readBuildRecord(options.rendererDir);
  // Written by every renderer build (astro/render-on-request.ts): its absence is a broken renderer, not an old site.
  if (!site) throw new Error(`${path.join(options.rendererDir, FINGERPRINT_FILE)} ne donne pas l’adresse du site : reconstruisez le rendu rapide.`);
  const server = await startRenderServer(options.rendererDir);
  const pool = await startRenderPool({ rendererDir: options.rendererDir, server, threads: renderWorkerCount() }).catch(async (error: unknown) => {
    log(`rendu sur un seul cœur : ${error instanceof Error ? error.message : String(error)}`);
    return startRenderPool({ rendererDir: options.rendererDir, server, threads: 0 });
  });
  // The render threads' copies of the content, loaded beside the process's own.
  let threadsReady: Promise<void> = Promise.resolve();
  // The routes Astro resolved for the renderer's build (astro/render-on-request.ts).
  const routes = JSON.parse(readFileSync(path.join(options.rendererDir, ROUTES_FILE), 'utf8')) as SiteRoute[];
  let inSync = false;

  /** Takes the content of the static build that produced the output now served. */
  const reload = (): void => {
    content.reload(options.storeFile);
    threadsReady = pool.reload(options.storeFile);
    // Awaited by the next update; a failure there answers `full`, and the next reload tries again.
    threadsReady.catch(() => undefined);
    inSync = true;
  };

  /**
   * Renders the pages an edit touches most (home, a list, an article) once and drops them: the code
   * of their components is then compiled, and the first publication after a start goes as fast as
   * the next ones (measured: 16 pages in 0.6 s cold, 0.1 s warm, at 2,000 articles).
   */
  const warmUp = async (): Promise<void> => {
    const routes = ['/', ...detailTypes.flatMap(({ name, section }) => {
      const [first] = store.get(contentTypes[name].collection)?.keys() ?? [];
      return first ? [`/${section}/`, `/${section}/${first}/`] : [];
    })];
    await threadsReady;
    for (const route of routes) await pool.warm(route);
  };

  /** Renders into outDir the site after the edits made since `base` was built. */
  const update = async ({ base, outDir }: { base: string; outDir: string }): Promise<FastRebuildResult> => {
    if (!inSync) return { kind: 'full', reason: 'contenu en mémoire à recharger' };
    if (!fingerprint || readBuildRecord(base).fingerprint !== fingerprint) return { kind: 'full', reason: 'le code a changé depuis la dernière construction' };
    if (boundaryPassed(base)) return { kind: 'full', reason: 'une échéance est passée' };
    const syncStart = process.hrtime.bigint();
    const articlesBefore = articleOrder(store);
    const alternatesBefore = storedAlternates(store, () => true);
    const routesBefore = await routeFiles(routes, server);
    const rewritten = oldAddressFiles(store);
    inSync = false;
    await threadsReady;
    const syncing = content.sync();
    // Listed while the CMS answers the sync's questions: 0.2 s for the 30,000 files of 10,000 articles.
    const baseFiles = outputFiles(base);
    const { changes, writes } = await syncing;
    await pool.apply(writes);
    const seconds: RebuildPhases = { sync: since(syncStart), plan: 0, render: 0, copy: 0 };
    const planStart = process.hrtime.bigint();
    const routesAfter = await routeFiles(routes, server);
    const { toRender, toFrame, toKeep } = planFiles(baseFiles, planRender(changes, articlesBefore, articleOrder(store), movedAlternates(alternatesBefore, storedAlternates(store, () => true))), routesBefore, routesAfter, rewritten);
    seconds.plan = since(planStart);

    const renderStart = process.hrtime.bigint();
    const pages = new Map<string, Buffer>();
    // Not all at once: four pages in hand per server, the process's own and each render thread.
    const limit = pLimit(4 * pool.size);
    const [framed] = await Promise.all([
      framePages({ server: pool, base, routes: routesAfter, limit }, toFrame, pages),
      ...toRender.map((file) => limit(async () => pages.set(file, await pool.render(routesAfter.get(file)?.address ?? `/${file}`)))),
    ]);
    seconds.render = since(renderStart);
    // A page that needs an image or a stylesheet the previous output lacks needs the static build.
    const missing = missingAsset(base, new Map([...pages].flatMap(([file, body]) => (PAGE.test(file) ? [[file, body.toString('utf8')] as const] : []))));
    if (missing) return { kind: 'full', reason: missing };

    const copyStart = process.hrtime.bigint();
    const redirectPages = await writeOutput({ base, outDir, site, store, log }, pages, toKeep);
    seconds.copy = since(copyStart);
    inSync = true;
    const phases = `relecture ${seconds.sync.toFixed(1)} s, plan ${seconds.plan.toFixed(1)} s, rendu ${seconds.render.toFixed(1)} s, écriture ${seconds.copy.toFixed(1)} s`;
    const inFrame = framed > 0 ? ` dont ${framed} remises dans leur nouveau cadre` : '';
    log(`${pages.size} pages rendues${inFrame}, ${toKeep.length} fichiers repris (${phases}) ; index de recherche à suivre.`);
    return {
      kind: 'partial',
      rendered: pages.size,
      framed,
      renderedFiles: [...pages.keys(), ...redirectPages].sort(),
      kept: toKeep.length,
      seconds,
      reindex: () => reindexServedSite(outDir),
    };
  };

  const close = async (): Promise<void> => {
    await pool.close();
    await server.close();
  };

  return { reload, warmUp, update, close };
};

export type Renderer = Awaited<ReturnType<typeof createRenderer>>;
