import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import pLimit from 'p-limit';
import xxhash from 'xxhash-wasm';
import { contentTypeNames, contentTypes, detailTypes, isContentTypeName, isSingleType } from '@bluehats/content-types';
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
import { redirectPage, redirectPageFile } from '../../lib/redirect-files';
import { SITEMAP_FILE } from '../../lib/sitemap-pages';
import { forgetAnswers, loadCollection, loadSingle } from '../content/strapi-loader';
import { isVisible, type Scheduled } from '../../lib/visibility';
import { ASSETS_FOLDER, assertTestedAstro, installStaticImageNames, readStoreFile, SERVER_ENTRY, type ContentStore } from '../astro/astro-internals';
import { memoryContext } from '../astro/memory-store';
import { planRender } from './pages-to-render';

// The repository's MDX pages are code: they stay as the static build stored them, and a change to
// them is a full build. The CMS's collections are those of the generated registry, as in content.config.ts.

/**
 * Changes whose pages the renderer cannot all name, and that a full build handles: an entry added
 * or removed changes lists, pagination and the site map; the settings and navigation are on every
 * page; an event's slides are files copied from the CMS.
 */
const needsFullBuild = (changes: BuildChanges): string | null => {
  for (const [name, change] of Object.entries(changes)) {
    if (change.added.length > 0 || change.deleted.length > 0) return `${name} : entrées ajoutées ou retirées`;
    if (change.modified.length > 0 && ((isContentTypeName(name) && isSingleType(name)) || name === 'events')) return `${name} modifié`;
  }
  return null;
};

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
  /** The content store file of the static build whose output the next update starts from. */
  storeFile: string;
  log?: (message: string) => void;
};

type BuildRecord = { fingerprint?: string; site?: string };
const readBuildRecord = (dir: string): BuildRecord => {
  const file = path.join(dir, FINGERPRINT_FILE);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BuildRecord) : {};
};
const readFingerprint = (dir: string): string | undefined => readBuildRecord(dir).fingerprint;

const routeOf = (file: string): string =>
  file === 'index.html' ? '/' : file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : file === '404.html' ? '/404/' : `/${file}`;

const PAGE = /\.(html|xml|ics|json)$/;
const NOT_PAGES = new Set([ASSETS_FOLDER, 'pagefind', 'fichiers']);
// A file of the assets folder named in a page.
const ASSET_REFERENCE = new RegExp(`/${ASSETS_FOLDER}/([^"'\\s),?#&]+)`, 'g');

/**
 * The fast rebuild: keeps the site's content in memory, in the very store Astro's pages read, and
 * after an edit renders only the pages that can have changed (every list, feed and index page, and
 * the detail pages of the modified entries), taking the others from the previous output. Anything
 * it cannot vouch for (an entry added or removed, settings, events, a new image, other code, a
 * date boundary) is answered with `full` so that the caller runs the static build instead.
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
  installStaticImageNames();
  const { handler } = (await import(pathToFileURL(path.join(options.rendererDir, SERVER_ENTRY)).href)) as { handler: NodeHandler };
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

  // The old addresses' files are checked against the live pages by the static build
  // (integrations/legacy-redirects.ts): an address added, removed or sent elsewhere takes a full
  // build. A renamed entry only changes the title its redirect pages show: those are written here.
  const redirectsNow = () => {
    const redirects = legacyRedirects(store, buildTime());
    const pages = new Map(redirects.flatMap((redirect) => {
      const file = redirectPageFile(redirect.from);
      return file ? [[file, redirectPage(redirect, site)] as const] : [];
    }));
    return { targets: JSON.stringify(redirects.map(({ from, to }) => [from, to])), pages };
  };

  // null: no route answers there (a file Astro copied or wrote beside the pages), kept as it was.
  const render = async (route: string): Promise<string | null> => {
    const response = await fetch(`${origin}${route}`);
    const body = await response.text();
    if (response.status === 404 && route !== '/404/') return null;
    if (response.status !== 200 && route !== '/404/') throw new Error(`${route} : réponse ${response.status} du rendu. ${body.slice(0, 300)}`);
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
    const redirectsBefore = redirectsNow();
    const changes = await sync();
    const seconds: RebuildPhases = { sync: since(syncStart), plan: 0, render: 0, copy: 0 };
    const planStart = process.hrtime.bigint();
    const redirects = redirectsNow();
    const fullReason = needsFullBuild(changes) ?? (redirects.targets !== redirectsBefore.targets ? 'anciennes adresses modifiées' : null);
    if (fullReason) return { kind: 'full', reason: fullReason };

    const plan = planRender(changes, articlesBefore, articleOrder());
    const toRender: string[] = [];
    const toKeep: string[] = [];
    const pages = new Map<string, string>();
    for (const file of outputFiles(base)) {
      const section = file.split('/')[0] ?? '';
      if (SITEMAP_FILE.test(file)) continue;
      const redirect = redirects.pages.get(file);
      if (redirect !== undefined) {
        if (redirect === redirectsBefore.pages.get(file)) toKeep.push(file);
        else pages.set(file, redirect);
      } else if (!PAGE.test(file) || NOT_PAGES.has(section) || file === FINGERPRINT_FILE || !plan.needs(file)) toKeep.push(file);
      else toRender.push(file);
    }

    seconds.plan = since(planStart);
    const renderStart = process.hrtime.bigint();
    const assets = new Set(existsSync(path.join(base, ASSETS_FOLDER)) ? readdirSync(path.join(base, ASSETS_FOLDER)) : []);
    // Not all at once: the server that renders them runs in this process.
    await pLimit(4).map(toRender, async (file) => {
      const page = await render(routeOf(file));
      if (page === null) toKeep.push(file);
      else pages.set(file, page);
    });
    seconds.render = since(renderStart);
    // A page that needs an image or a stylesheet the previous output lacks needs the static build.
    // `&` ends a name too: the feed carries its HTML escaped (`…webp&quot;`).
    for (const [file, html] of pages) {
      const missing = [...html.matchAll(ASSET_REFERENCE)].map((m) => m[1] ?? '').find((name) => !assets.has(name));
      if (missing) return { kind: 'full', reason: `${file} demande /${ASSETS_FOLDER}/${missing}, absent de la construction précédente` };
    }

    const copyStart = process.hrtime.bigint();
    for (const [file, html] of pages) {
      mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
      writeFileSync(path.join(outDir, file), html);
    }
    // The previous index too: the search still finds every page while the new index is written.
    linkFiles(base, outDir, toKeep);
    await writeSiteMap(outDir, site, store, { info: log, warn: log, error: log }, [...pages.keys(), ...toKeep]);
    seconds.copy = since(copyStart);
    inSync = true;
    const phases = `relecture ${seconds.sync.toFixed(1)} s, plan ${seconds.plan.toFixed(1)} s, rendu ${seconds.render.toFixed(1)} s, écriture ${seconds.copy.toFixed(1)} s`;
    log(`${pages.size} pages rendues, ${toKeep.length} fichiers repris (${phases}) ; index de recherche à suivre.`);
    return {
      kind: 'partial',
      rendered: pages.size,
      renderedFiles: [...pages.keys()].sort(),
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
