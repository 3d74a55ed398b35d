import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createCmsApi } from './cms-api';
import { DEFAULT_EVENT_FOLDERS, type EventKind } from './events';
import { finishPlan, type FinishedPlan } from './finish-plan';
import { knownEntries } from './known-entries';
import type { LinkContext } from './links';
import type { UrlPattern } from './old-url';
import { planFile, sourceOf, type ImportPlan, type PlanOptions } from './plan';
import { writeReport } from './report';
import { DEFAULT_SECTION_OPTIONS, sectionRedirectsOf, writeSectionRedirects, type SectionOptions, type SectionRedirect } from './section-redirects';
import { collectionOf, detailRoutes, newRouteOf } from './site-routes';
import { commonRoot, DEFAULT_MAX_FILE_BYTES, markdownFiles } from './source-files';
import { writePlan, type Action } from './writer';

export type ImportOptions = {
  paths: string[];
  cmsUrl: string;
  token: string;
  dryRun: boolean;
  publish: boolean;
  as: PlanOptions['as'];
  /** Default: the deepest folder holding every path given. */
  siteRoot: string | null;
  /** Eleventy's input folder from the site root; default `content` when it exists. */
  inputDir?: string;
  patterns?: UrlPattern[];
  eventFolders?: Record<string, EventKind>;
  /** The old site's address: absolute links to it are links inside the site. */
  oldSiteUrl?: string | null;
  maxFileBytes?: number;
  /** The old site's listing, tag and feed addresses (section-redirects.ts); defaults: eleventy-dsfr's. */
  sections?: Partial<SectionOptions>;
  /** Migration report, HTML when the name ends in .html, else Markdown. */
  report?: string | null;
  log?: (line: string) => void;
};

export type FileOutcome = {
  file: string;
  kind: ImportPlan['kind'] | null;
  slug: string | null;
  action: Action | 'échec' | 'non importé';
  oldPath: string | null;
  newUrl: string | null;
  documentId: string | null;
  published: boolean;
  notes: string[];
  todo: string[];
  converted: string[];
  error: string | null;
};

export type ImportSummary = {
  outcomes: FileOutcome[];
  failed: number;
  seconds: number;
  /** Old listing, tag and feed addresses and where they now lead (« Anciennes adresses des rubriques »). */
  sectionRedirects: SectionRedirect[];
  /** Old addresses that lead nowhere after this run: their file is not published, or the settings could not be written. */
  unreached: Array<{ from: string; why: string }>;
};

const KIND_LABEL: Record<ImportPlan['kind'], string> = { article: 'article', 'project-call': 'appel à projets', event: 'événement' };

// The site is French only for now: an English page must not be merged into a French entry.
const isEnglish = (source: string): boolean => /(^|\/)en\//.test(source);

const inGitCheckout = (folder: string): boolean => {
  try {
    return execFileSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: folder, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() === 'true';
  } catch {
    return false;
  }
};

/** What was converted, in a few words for the report. */
const convertedOf = (plan: ImportPlan): string[] => {
  const counts = new Map<string, number>();
  const add = (what: string): void => void counts.set(what, (counts.get(what) ?? 0) + 1);
  if (plan.kind === 'article') {
    for (const item of plan.body) add({ 'rich-text': 'texte', quote: 'citation', video: 'vidéo', image: 'image', table: 'tableau', 'legacy-html': 'HTML' }[item.kind]);
    if (plan.cover) add('image de couverture');
  } else add('texte');
  if (plan.kind === 'event') {
    if (plan.recording) add('enregistrement');
    if (plan.slides || plan.slidesUrl) add('support');
    if (plan.registrationUrl) add('lien d’inscription');
  }
  return [...counts].map(([what, n]) => (n > 1 ? `${what} ×${n}` : what));
};

/**
 * Plans every file first (pure: nothing written), refuses the ones whose address collides, points
 * links at the new routes, then writes each file on its own: one that fails is reported and the
 * others go on.
 */
export const runImport = async (options: ImportOptions): Promise<ImportSummary> => {
  const started = performance.now();
  const log = options.log ?? ((line: string) => console.log(line));
  const api = createCmsApi(options.cmsUrl, options.token);
  const missing = options.paths.find((p) => !existsSync(p));
  if (missing) throw new Error(`${missing} : fichier ou dossier introuvable.`);
  const siteRoot = path.resolve(options.siteRoot ?? commonRoot(options.paths));
  const planOptions: PlanOptions = {
    siteRoot,
    as: options.as,
    inputDir: options.inputDir ?? 'content',
    patterns: options.patterns ?? [],
    eventFolders: options.eventFolders ?? DEFAULT_EVENT_FOLDERS,
    useGit: inGitCheckout(siteRoot),
    maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
  };
  const outcomes: FileOutcome[] = [];
  const outcome = (file: string, fields: Partial<FileOutcome>): FileOutcome => {
    const made: FileOutcome = { file, kind: null, slug: null, action: 'échec', oldPath: null, newUrl: null, documentId: null, published: false, notes: [], todo: [], converted: [], error: null, ...fields };
    outcomes.push(made);
    return made;
  };

  const plans: ImportPlan[] = [];
  for (const absolute of markdownFiles(siteRoot, options.paths)) {
    const source = sourceOf(siteRoot, absolute);
    if (isEnglish(source)) {
      outcome(source, { action: 'non importé', notes: ['page en anglais : non importée, le site est en français pour l’instant'] });
      continue;
    }
    try {
      plans.push(planFile(absolute, planOptions));
    } catch (error) {
      outcome(source, { error: error instanceof Error ? error.message : String(error) });
    }
  }

  // Two files of this run that would share an address: neither is imported, both are named.
  const refused = new Map<ImportPlan, string>();
  const claim = (key: string, plan: ImportPlan, owners: Map<string, ImportPlan>, what: string): void => {
    const other = owners.get(key);
    if (!other) return void owners.set(key, plan);
    refused.set(plan, `${plan.source} : ${what} que ${other.source} ; aucun des deux n’est importé, donnez « slug: » à l’un d’eux`);
    if (!refused.has(other)) refused.set(other, `${other.source} : ${what} que ${plan.source} ; aucun des deux n’est importé, donnez « slug: » à l’un d’eux`);
  };
  const slugOwners = new Map<string, ImportPlan>();
  const pathOwners = new Map<string, ImportPlan>();
  for (const plan of plans) {
    claim(`${collectionOf(plan.kind)}/${plan.slug}`, plan, slugOwners, `même adresse « ${plan.slug} » (${collectionOf(plan.kind)})`);
    if (plan.oldPath) claim(plan.oldPath, plan, pathOwners, `même ancienne adresse ${plan.oldPath}`);
  }

  const routes = detailRoutes();
  const known = await knownEntries(api);
  const bySlug = new Map(known.map((entry) => [`${entry.collection}/${entry.slug}`, entry]));
  const byOldPath = new Map<string, string>();
  const bySource = new Map<string, string>();
  for (const entry of known) {
    const route = `${routes[entry.collection]}${entry.slug}/`;
    for (const p of entry.legacyPaths) byOldPath.set(p, route);
    if (entry.importSource) bySource.set(entry.importSource, route);
  }
  for (const plan of plans) {
    if (refused.has(plan)) continue;
    if (plan.oldPath) byOldPath.set(plan.oldPath, newRouteOf(routes, plan));
    bySource.set(plan.source, newRouteOf(routes, plan));
  }
  const oldOrigin = options.oldSiteUrl ? new URL(options.oldSiteUrl).origin : null;

  for (const plan of plans) {
    const base = { kind: plan.kind, slug: plan.slug, oldPath: plan.oldPath, notes: plan.notes, todo: plan.todo };
    const reason = refused.get(plan);
    if (reason) {
      outcome(plan.source, { ...base, error: reason });
      log(`échec             ${reason}`);
      continue;
    }
    try {
      const ctx: LinkContext = { source: plan.source, oldPath: plan.oldPath, oldOrigin, routeOfOldPath: (p) => byOldPath.get(p) ?? null, routeOfSource: (s) => bySource.get(s) ?? null };
      // Before the write: the entry keeps its to-do list (toComplete), this line included.
      if (options.publish && plan.draftOnly) plan.todo.push('laissé en brouillon malgré --publish : à publier une fois complété');
      const finished: FinishedPlan = finishPlan(plan, ctx);
      const stored = bySlug.get(`${collectionOf(plan.kind)}/${plan.slug}`);
      const written = await writePlan(api, finished, { publish: options.publish, dryRun: options.dryRun }, stored ? { ...stored, legacyPaths: stored.legacyPaths.join('\n') } : null);
      outcome(plan.source, { ...base, action: written.action, newUrl: newRouteOf(routes, plan), documentId: written.documentId, published: written.published, converted: convertedOf(plan) });
      log(`${written.action.padEnd(17)} ${KIND_LABEL[plan.kind]} « ${plan.slug} » ← ${plan.source}`);
      for (const note of [...plan.notes, ...plan.todo]) log(`    · ${note}`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // The file, the entry it was to become, then the CMS's message with its field.
      outcome(plan.source, { ...base, error: message.startsWith(plan.source) ? message : `${plan.source} (${KIND_LABEL[plan.kind]} « ${plan.slug} ») : ${message}` });
      log(`échec             ${plan.source} : ${message}`);
    }
  }
  for (const failed of outcomes.filter((o) => o.action === 'échec' && !o.kind)) log(`échec             ${failed.error ?? failed.file}`);

  // The old site's listing addresses, from the files that made it into the CMS.
  const written = new Set(outcomes.filter((o) => o.action !== 'échec').map((o) => o.file));
  const sectionRedirects = sectionRedirectsOf(plans.filter((plan) => written.has(plan.source)), { ...DEFAULT_SECTION_OPTIONS, ...options.sections });
  const unreached = outcomes.flatMap((o) =>
    o.oldPath && !o.published && o.action !== 'non importé' ? [{ from: o.oldPath, why: o.action === 'échec' ? `${o.file} en échec` : `${o.file} non publié` }] : [],
  );
  if (!options.dryRun && sectionRedirects.length) {
    try {
      await writeSectionRedirects(api, sectionRedirects);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      log(`échec             anciennes adresses des rubriques : ${why}`);
      unreached.push(...sectionRedirects.map((r) => ({ from: r.from, why })));
    }
  }
  log(`${sectionRedirects.length} ancienne(s) adresse(s) de rubrique, de liste ou de flux redirigée(s) ; ${unreached.length} ancienne(s) adresse(s) sans page.`);

  const count = (...actions: FileOutcome['action'][]): number => outcomes.filter((o) => actions.includes(o.action)).length;
  const failed = count('échec');
  const seconds = (performance.now() - started) / 1000;
  log(
    `\n${outcomes.length} fichier(s) : ${count('créé', 'serait créé')} créé(s), ${count('mis à jour', 'serait mis à jour')} mis à jour, ${count('inchangé')} inchangé(s), ${count('non importé')} non importé(s), ${failed} en échec, en ${seconds.toFixed(1)} s` +
      `${options.dryRun ? ' (simulation : rien n’a été écrit)' : ''}${options.publish || options.dryRun ? '' : ' ; les entrées importées sont des brouillons'}.`,
  );
  if (options.report) {
    writeReport(options.report, outcomes, { cmsUrl: options.cmsUrl, seconds, dryRun: options.dryRun, sectionRedirects, unreached });
    log(`Rapport : ${options.report}`);
  }
  return { outcomes, failed, seconds, sectionRedirects, unreached };
};
