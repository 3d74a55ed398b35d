import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import pLimit from 'p-limit';
import xxhash from 'xxhash-wasm';
import { contentTypeNames, contentTypes, detailTypes, isSingleType } from '@bluehats/content-types';
import { linkFiles } from './link-files';
import { CONTENT_STORE } from '../astro/render-on-request';
import { reindexServedSite } from '../full/search-index';
import { writeSiteMap } from '../../integrations/sitemap';
import { newestFirst } from '../../lib/article-order';
import { readChanges, startChangeRecord, type BuildChanges } from '../content/build-changes';
import { buildTime } from '../../lib/build-time';
import { nextContentGeneration } from '../content/content-generation';
import { boundaryPassed, FINGERPRINT_FILE } from '../content/incremental';
import { legacyRedirects } from '../../lib/legacy-redirects';
import { outputFiles } from '../../lib/output-files';
import { NGINX_MAP_FILE, REDIRECTS_FILE, redirectPageFile } from '../../lib/redirect-files';
import { writeLegacyRedirects } from '../../integrations/legacy-redirects';
import { addressOf, outputFileOf, ROUTES_FILE, STATIC_PATHS_HEADER, type SiteRoute } from './static-paths';
import { SITEMAP_FILE } from '../../lib/sitemap-pages';
import { forgetAnswers, loadCollection, loadSingle } from '../content/strapi-loader';
import { isVisible, type Scheduled } from '../../lib/visibility';
import { assertTestedAstro, installStaticImageNames, readStoreFile, type ContentStore } from '../astro/astro-internals';
import { memoryContext } from '../astro/memory-store';
import { planRender } from './pages-to-render';

// The repository's MDX pages are code: a change to them changes the fingerprint, and takes a full
// build. The CMS's collections are those of the generated registry, as in content.config.ts.

type NodeHandler = (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void;

export type FastRebuildResult =
  | {
      kind: 'partial';
      rendered: number;
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
  /** data-store.json of the static build whose output the next update starts from. */
  storeFile: string;
  log?: (message: string) => void;
};

type BuildRecord = { fingerprint?: string; site?: string };
const readBuildRecord = (dir: string): BuildRecord => {
  const file = path.join(dir, FINGERPRINT_FILE);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BuildRecord) : {};
};
const readFingerprint = (dir: string): string | undefined => readBuildRecord(dir).fingerprint;

const PAGE = /\.(html|xml|ics|json)$/;

/**
 * The fast rebuild: keeps the site's content in memory, in the very store Astro's pages read, and
 * after any content change (an entry added, corrected, unpublished, deleted or renamed, a tag, an
 * event, the settings) renders only the pages that can have changed, as the routes' own
 * getStaticPaths list them before and after it (pages-to-render.ts), and takes the others from
 * the previous output. What it cannot vouch for (a new image, other code, a date boundary) is
 * answered with `full` so that the caller runs the static build instead.
 */
export const createRenderer = async (options: RendererOptions) => {
  assertTestedAstro();
  const log = options.log ?? ((message: string) => console.log(`[rendu rapide] ${message}`));
  const slots = globalThis as unknown as Record<symbol, ContentStore | undefined>;
  const store: ContentStore = (slots[CONTENT_STORE] ??= new Map());
  const { h64ToString } = await xxhash();
  const generateDigest = (data: Record<string, unknown> | string): string => h64ToString(typeof data === 'string' ? data : JSON.stringify(data));
  const { fingerprint, site } = readBuildRecord(options.rendererDir);
  // Written by every renderer build (integrations/render-on-request.ts): its absence is a broken renderer, not an old site.
  if (!site) throw new Error(`${path.join(options.rendererDir, FINGERPRINT_FILE)} ne donne pas l’adresse du site : reconstruisez le rendu rapide.`);
  const routes = JSON.parse(readFileSync(path.join(options.rendererDir, ROUTES_FILE), 'utf8')) as SiteRoute[];
  installStaticImageNames();
  const { handler } = (await import(pathToFileURL(path.join(options.rendererDir, 'server/entry.mjs')).href)) as { handler: NodeHandler };
  const server = http.createServer((req, res) =>
    handler(req, res, () => {
      res.statusCode = 404;
      res.end();
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let inSync = false;

  /** Takes the content of the static build that produced the output now served. */
  const reload = (): void => {
    store.clear();
    for (const [key, value] of readStoreFile(options.storeFile)) store.set(key, value);
    nextContentGeneration();
    inSync = true;
  };

  const sync = async (): Promise<BuildChanges> => {
    forgetAnswers();
    startChangeRecord();
    inSync = false;
    // All collections at once, as Astro's content layer syncs them: the client bounds the concurrency.
    await Promise.all(
      contentTypeNames.map(async (type) => {
        const { collection, schema } = contentTypes[type];
        const context = memoryContext(store, collection, (data) => schema.parseAsync(data), generateDigest, log);
        if (isSingleType(type)) await loadSingle(type, context);
        else await loadCollection(type, context);
      }),
    );
    nextContentGeneration();
    return readChanges();
  };

  /** Article ids in the order of the list (newest first), as the pages see them now. */
  const articleOrder = (): string[] => {
    const now = buildTime();
    const articles = [...(store.get('articles')?.values() ?? [])] as Array<{ id: string; data: { date: string } & Scheduled }>;
    return articles.filter((entry) => isVisible(entry.data, now)).sort(newestFirst).map((entry) => entry.id);
  };

  /** Every file the static build would write from the site's routes with the content held now, and its address (static-paths.ts). */
  const routeFiles = async (): Promise<Map<string, string>> => {
    const files = await Promise.all(
      routes.map(async (route) => {
        if (route.params.length === 0) return [[outputFileOf(route), addressOf(route)] as const];
        const response = await fetch(`${origin}${addressOf(route)}`, { headers: { [STATIC_PATHS_HEADER]: '1' } });
        if (!response.ok) throw new Error(`${route.pattern} : liste des pages refusée (${response.status}). ${(await response.text()).slice(0, 300)}`);
        return ((await response.json()) as Array<Record<string, string>>).map((params) => [outputFileOf(route, params), addressOf(route, params)] as const);
      }),
    );
    return new Map(files.flat());
  };

  /** The files the old addresses take in the output (their pages, and the two redirect files): written again each time. */
  const redirectFiles = (): Set<string> =>
    new Set([REDIRECTS_FILE, NGINX_MAP_FILE, ...legacyRedirects(store, buildTime()).flatMap((redirect) => redirectPageFile(redirect.from) ?? [])]);

  // The 404 page answers 404, and is a page of the site all the same.
  const render = async (route: string): Promise<Buffer> => {
    const response = await fetch(`${origin}${route}`);
    const body = Buffer.from(await response.arrayBuffer());
    if (response.status !== 200 && route !== '/404/') throw new Error(`${route} : réponse ${response.status} du rendu. ${body.toString('utf8', 0, 300)}`);
    return body;
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
    for (const route of routes) await render(route).catch(() => null);
  };

  /** Renders into outDir the site after the edits made since `base` was built. */
  const update = async ({ base, outDir }: { base: string; outDir: string }): Promise<FastRebuildResult> => {
    if (!inSync) return { kind: 'full', reason: 'contenu en mémoire à recharger' };
    if (!fingerprint || readFingerprint(base) !== fingerprint) return { kind: 'full', reason: 'le code a changé depuis la dernière construction' };
    if (boundaryPassed(base)) return { kind: 'full', reason: 'une échéance est passée' };
    const syncStart = process.hrtime.bigint();
    const articlesBefore = articleOrder();
    const routesBefore = await routeFiles();
    const redirectsBefore = redirectFiles();
    const changes = await sync();
    const seconds: RebuildPhases = { sync: since(syncStart), plan: 0, render: 0, copy: 0 };
    const planStart = process.hrtime.bigint();
    const routesAfter = await routeFiles();
    const plan = planRender(changes, articlesBefore, articleOrder());
    // A page of the previous output that no route gives any more (an entry unpublished, deleted or
    // renamed, a list page emptied) is left out: the server answers 404, never a stale copy. A page
    // the edit may have changed is rendered, a new one too. A route's file that is not a page (an
    // event's slides, under the media library's unique name) is kept while a route still gives it.
    // Files no route gives (assets, the search index, the public folder) are kept.
    const toRender: string[] = [];
    const toKeep: string[] = [];
    const placed = new Set<string>();
    for (const file of outputFiles(base)) {
      if (SITEMAP_FILE.test(file) || redirectsBefore.has(file) || (routesBefore.has(file) && !routesAfter.has(file))) continue;
      (routesAfter.has(file) && PAGE.test(file) && plan.needs(file) ? toRender : toKeep).push(file);
      placed.add(file);
    }
    for (const file of routesAfter.keys()) if (!placed.has(file)) toRender.push(file);

    seconds.plan = since(planStart);
    const renderStart = process.hrtime.bigint();
    const assets = new Set(existsSync(path.join(base, '_astro')) ? readdirSync(path.join(base, '_astro')) : []);
    const pages = new Map<string, Buffer>();
    // Not all at once: the server that renders them runs in this process.
    await pLimit(4).map(toRender, async (file) => {
      pages.set(file, await render(routesAfter.get(file) ?? `/${file}`));
    });
    seconds.render = since(renderStart);
    // A page that needs an image or a stylesheet the previous output lacks needs the static build.
    // `&` ends a name too: the feed carries its HTML escaped (`…webp&quot;`).
    for (const [file, body] of pages) {
      if (!PAGE.test(file)) continue;
      const missing = [...body.toString('utf8').matchAll(/\/_astro\/([^"'\s),?#&]+)/g)].map((m) => m[1] ?? '').find((name) => !assets.has(name));
      if (missing) return { kind: 'full', reason: `${file} demande /_astro/${missing}, absent de la construction précédente` };
    }

    const copyStart = process.hrtime.bigint();
    for (const [file, body] of pages) {
      mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
      writeFileSync(path.join(outDir, file), body);
    }
    // The previous index too: the search still finds every page while the new index is written.
    linkFiles(base, outDir, toKeep);
    // Then, as the static build does once its pages are written: the old addresses (checked
    // against the pages now there, a few small files written anew, never through a link to the
    // previous output), and the sitemap of the whole output.
    const redirects = legacyRedirects(store, buildTime());
    writeLegacyRedirects(outDir, redirects, site);
    const redirectPages = redirects.flatMap((redirect) => redirectPageFile(redirect.from) ?? []);
    await writeSiteMap(outDir, site, store, { info: log, warn: log, error: log }, [...pages.keys(), ...toKeep, ...redirectPages]);
    seconds.copy = since(copyStart);
    inSync = true;
    const phases = `relecture ${seconds.sync.toFixed(1)} s, plan ${seconds.plan.toFixed(1)} s, rendu ${seconds.render.toFixed(1)} s, écriture ${seconds.copy.toFixed(1)} s`;
    log(`${pages.size} pages rendues, ${toKeep.length} fichiers repris (${phases}) ; index de recherche à suivre.`);
    return {
      kind: 'partial',
      rendered: pages.size,
      renderedFiles: [...pages.keys(), ...redirectPages].sort(),
      kept: toKeep.length,
      seconds,
      reindex: () => reindexServedSite(outDir),
    };
  };

  return {
    reload,
    warmUp,
    update,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};

export type Renderer = Awaited<ReturnType<typeof createRenderer>>;
