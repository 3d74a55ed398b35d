import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { defaultLocale, locales, sectionIn, type Locale } from '@bluehats/content-types';
import { createCmsApi } from './cms-api';
import { DEFAULT_EVENT_FOLDERS, type EventKind } from './events';
import { finishPlan, type FinishedPlan } from './finish-plan';
import { knownEntries, type KnownEntry } from './known-entries';
import { localeOf } from './language-switch';
import { addOldPath, copiesInRun, sameAsResolver, sameContent, type SameAs } from './merge';
import { menuOf, writeMenu, type MenuResult, type NavigationSource } from './navigation';
import { DEFAULT_PAGE_FOLDERS } from './pages';
import type { LinkContext } from './links';
import type { UrlPattern } from './old-url';
import { ACTION_LABEL, type FileOutcome, type ImportSummary } from './outcome';
import { planFile, sourceOf, type ImportPlan, type NavigationOnlyPlan, type PlanOptions } from './plan';
import { writeReport } from './report';
import { DEFAULT_SECTION_OPTIONS, sectionRedirectsOf, writeSectionRedirects, type SectionOptions } from './section-redirects';
import { collectionOf, detailRoutes, englishRouteOf, newRouteOf, sharedFieldsOf, type Collection } from './site-routes';
import { commonRoot, DEFAULT_MAX_FILE_BYTES, markdownFiles } from './source-files';
import { frenchSideOf, pairTranslations, type FrenchSide } from './translations';
import { writePlan } from './writer';

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
  /** Folders whose undated files become pages (default: pages.ts). */
  pageFolders?: readonly string[];
  /** `--same-as`: files of another legacy site that are an entry already imported. */
  sameAs?: SameAs[];
  /** The old site's address: absolute links to it are links inside the site. */
  oldSiteUrl?: string | null;
  maxFileBytes?: number;
  /** The old site's listing, tag and feed addresses (section-redirects.ts); defaults: eleventy-dsfr's. */
  sections?: Partial<SectionOptions>;
  /** Migration report, HTML when the name ends in .html, else Markdown. */
  report?: string | null;
  log?: (line: string) => void;
};

const KIND_LABEL: Record<ImportPlan['kind'], string> = { article: 'article', page: 'page', 'project-call': 'appel à projets', event: 'événement' };


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
  if (plan.kind === 'article' || plan.kind === 'page') {
    for (const item of plan.body) add({ 'rich-text': 'texte', quote: 'citation', video: 'vidéo', image: 'image', table: 'tableau', 'legacy-html': 'HTML' }[item.kind]);
    if (plan.kind === 'article' && plan.cover) add('image de couverture');
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
    pageFolders: options.pageFolders ?? DEFAULT_PAGE_FOLDERS,
    useGit: inGitCheckout(siteRoot),
    maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
  };
  const outcomes: FileOutcome[] = [];
  const outcome = (file: string, fields: Partial<FileOutcome>): FileOutcome => {
    const made: FileOutcome = { file, locale: localeOf(file), translationOf: null, kind: null, slug: null, action: 'failed', oldPath: null, newUrl: null, documentId: null, published: false, heldBack: null, notes: [], todo: [], converted: [], error: null, ...fields };
    outcomes.push(made);
    return made;
  };

  const plans: ImportPlan[] = [];
  const navigationOnly: NavigationOnlyPlan[] = [];
  for (const absolute of markdownFiles(siteRoot, options.paths)) {
    const source = sourceOf(siteRoot, absolute);
    try {
      const plan = planFile(absolute, planOptions);
      if (plan.kind === 'navigation') navigationOnly.push(plan);
      else plans.push(plan);
    } catch (error) {
      outcome(source, { error: error instanceof Error ? error.message : String(error) });
    }
  }

  // French first: an English file becomes the English version of a French entry written before it.
  const french = plans.filter((p) => p.locale === 'fr');
  const english = plans.filter((p) => p.locale === 'en');
  plans.splice(0, plans.length, ...french, ...english);
  const routes = detailRoutes();
  // Two files of this run that would share an address: neither is imported, both are named.
  const refused = new Map<ImportPlan, string>();
  const claim = (key: string, plan: ImportPlan, owners: Map<string, ImportPlan>, what: string): void => {
    const other = owners.get(key);
    if (!other) return void owners.set(key, plan);
    refused.set(plan, `${plan.source} : ${what} que ${other.source} ; aucun des deux n’est importé, donnez « slug: » à l’un d’eux`);
    if (!refused.has(other)) refused.set(other, `${other.source} : ${what} que ${plan.source} ; aucun des deux n’est importé, donnez « slug: » à l’un d’eux`);
  };
  // One page copied by two legacy sites imported together: one entry, with both old addresses.
  const sameAsTarget = sameAsResolver(routes, options.sameAs ?? []);
  const mergedInto = copiesInRun(french, sameAsTarget);
  const slugOwners = new Map<string, ImportPlan>();
  const pathOwners = new Map<string, ImportPlan>();
  for (const plan of plans.filter((p) => !mergedInto.has(p))) {
    claim(`${plan.locale}/${collectionOf(plan.kind)}/${plan.slug}`, plan, slugOwners, `même adresse « ${plan.slug} » (${collectionOf(plan.kind)})`);
    if (plan.oldPath) claim(plan.oldPath, plan, pathOwners, `même ancienne adresse ${plan.oldPath}`);
  }

  const known = await knownEntries(api);
  // Read only when there is English to write: a CMS without languages is never asked for one.
  const knownEnglish = english.length ? await knownEntries(api, 'en') : [];
  const bySlug = new Map(known.map((entry) => [`${entry.collection}/${entry.slug}`, entry]));
  const byOldPath = new Map<string, string>();
  const bySource = new Map<string, string>();
  for (const entry of known) {
    const route = `${routes[entry.collection]}${entry.slug}/`;
    for (const p of entry.legacyPaths) byOldPath.set(p, route);
    if (entry.importSource) bySource.set(entry.importSource, route);
  }
  for (const entry of knownEnglish) {
    const route = englishRouteOf(entry.collection, entry.slug);
    for (const p of route ? entry.legacyPaths : []) byOldPath.set(p, route ?? '');
  }
  for (const [copy, original] of mergedInto) if (copy.oldPath) original.otherOldPaths = [...(original.otherOldPaths ?? []), copy.oldPath];
  const routeOf = (plan: ImportPlan): string | null => (plan.locale === 'en' ? englishRouteOf(collectionOf(plan.kind), plan.slug) : newRouteOf(routes, mergedInto.get(plan) ?? plan));
  for (const plan of plans) {
    const route = routeOf(plan);
    if (refused.has(plan) || !route) continue;
    if (plan.oldPath) byOldPath.set(plan.oldPath, route);
    bySource.set(plan.source, route);
  }
  // Which French entry each English file translates: one of this run, or one already in the CMS.
  const runSources = new Set(french.map((p) => p.source));
  const candidates: Array<FrenchSide & ({ plan: ImportPlan } | { entry: KnownEntry })> = [
    ...french.filter((p) => !refused.has(p) && !mergedInto.has(p)).map(frenchSideOf),
    ...known
      .filter((e) => !e.importSource || !runSources.has(e.importSource))
      .map((entry) => ({ name: `${routes[entry.collection]}${entry.slug}/`, collection: entry.collection, oldPaths: entry.legacyPaths, languageLinks: [], entry })),
  ];
  const translations = pairTranslations(english.filter((p) => !refused.has(p)), candidates);
  const oldOrigin = options.oldSiteUrl ? new URL(options.oldSiteUrl).origin : null;

  // An old folder's own address (/fr/gazettes/, /en/blog/) whose imported files of its language all went to one collection: that collection's list there (/articles/, /en/articles/).
  const sectionRoute = (oldPath: string, locale: Locale): string | null => {
    const folder = oldPath.replace(/\/?$/, '/');
    const inside = new Set(plans.filter((p) => p.locale === locale && p.oldPath?.startsWith(folder) && p.oldPath !== folder && !refused.has(p)).map((p) => collectionOf(p.kind)));
    const [only] = inside;
    return inside.size === 1 && only ? (sectionIn(only, locale)?.path ?? null) : null;
  };
  const written = new Map<ImportPlan, FileOutcome>();
  const sameTitle = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();
  const findSame = async (plan: ImportPlan, collection: Collection, stored: KnownEntry | undefined): Promise<KnownEntry | undefined> => {
    for (const candidate of known.filter((e) => e.collection === collection && (e === stored || sameTitle(e.title, plan.title)))) {
      if (await sameContent(api, collection, candidate.documentId, plan)) return candidate;
    }
    return undefined;
  };
  // A copy's own entry is the one of its original: its old address is one more of that entry's.
  const merge = async (plan: ImportPlan, base: Partial<FileOutcome>, collection: Collection, target: Pick<KnownEntry, 'documentId' | 'slug'>): Promise<void> => {
    const { added, published, draftOnly } = await addOldPath(api, collection, target.documentId, plan.oldPath, options.dryRun);
    const route = `${routes[collection]}${target.slug}/`;
    plan.notes.push(`même contenu que l’entrée ${route} : ${plan.oldPath ? `ancienne adresse ${plan.oldPath} ${added ? 'ajoutée à' : 'déjà dans'} ses « Anciennes adresses »` : 'pas d’ancienne adresse à ajouter'}`);
    if (draftOnly) plan.todo.push(`l’entrée ${route} a des modifications non publiées : l’ancienne adresse ${plan.oldPath ?? ''} n’est que dans son brouillon, elle mènera à la page à sa prochaine publication`);
    // Its page is public, its old address not yet: the report says why.
    outcome(plan.source, { ...base, slug: target.slug, action: 'merged', newUrl: route, documentId: target.documentId, published: published && !draftOnly, heldBack: draftOnly ? 'ancienne adresse en attente : l’entrée a des modifications non publiées' : null });
    log(`fusionné          ${KIND_LABEL[plan.kind]} « ${target.slug} » ← ${plan.source}`);
  };

  // An English file: the `en` version of the French entry it was paired with, or an English-only entry.
  const writeEnglish = async (plan: ImportPlan, finished: FinishedPlan, base: Partial<FileOutcome>): Promise<void> => {
    const pairing = translations.pairs.get(plan);
    plan.notes.push(pairing ? `version anglaise de ${pairing.french.name} (${pairing.how})` : (translations.alone.get(plan) ?? 'entrée en anglais seulement'));
    let translationOf: string | null = null;
    const side = pairing?.french;
    if (side && 'entry' in side) translationOf = side.entry.documentId;
    else if (side) {
      const frenchFile = side.plan.source;
      const frenchOutcome = outcomes.find((o) => o.file === frenchFile);
      if (!frenchOutcome || frenchOutcome.action === 'failed') throw new Error(`sa version française ${frenchFile} n’est pas importée : ce fichier le sera avec elle, au prochain passage`);
      // Null only in a dry run, for a French entry still to be created.
      translationOf = frenchOutcome.documentId;
    }
    const collection = collectionOf(plan.kind);
    const sameSlug = knownEnglish.find((e) => e.collection === collection && e.slug === plan.slug);
    const stored = translationOf ? knownEnglish.find((e) => e.collection === collection && e.documentId === translationOf) : sameSlug;
    if (sameSlug && sameSlug !== stored) {
      throw new Error(`l’adresse anglaise « ${plan.slug} » (${collection}) est déjà celle d’une autre entrée (${sameSlug.importSource ?? 'écrite dans l’administration'}) : rien n’est écrasé`);
    }
    const known = plan.kind === 'event' ? undefined : stored ? { ...stored, legacyPaths: stored.legacyPaths.join('\n') } : null;
    const result = await writePlan(api, finished, { publish: options.publish, dryRun: options.dryRun }, known, { locale: 'en', translationOf, shared: sharedFieldsOf(collection) });
    const heldBack = options.publish && plan.draftOnly ? (plan.heldBack ?? 'un champ est à compléter (voir « À compléter »)') : null;
    const newUrl = englishRouteOf(collection, plan.slug);
    written.set(plan, outcome(plan.source, { ...base, action: result.action, newUrl, documentId: result.documentId, published: result.published, heldBack, converted: convertedOf(plan), translationOf: pairing?.french.name ?? null }));
    log(`${ACTION_LABEL[result.action].padEnd(17)} ${KIND_LABEL[plan.kind]} « ${plan.slug} » en anglais ← ${plan.source}${pairing ? ` : version anglaise de ${pairing.french.name}` : ' : entrée en anglais seulement'}`);
    for (const note of [...plan.notes, ...plan.todo]) log(`    · ${note}`);
  };

  for (const plan of plans) {
    const base = { kind: plan.kind, slug: plan.slug, oldPath: plan.oldPath, notes: plan.notes, todo: plan.todo };
    const reason = refused.get(plan);
    if (reason) {
      outcome(plan.source, { ...base, error: reason });
      log(`échec             ${reason}`);
      continue;
    }
    const original = mergedInto.get(plan);
    if (original) {
      const first = written.get(original);
      plan.notes.push(`même contenu que ${original.source} : son ancienne adresse s’ajoute à celles de cette entrée`);
      outcome(plan.source, { ...base, slug: original.slug, action: 'merged', newUrl: routeOf(plan), documentId: first?.documentId ?? null, published: first?.published ?? false });
      log(`fusionné          ${KIND_LABEL[plan.kind]} « ${original.slug} » ← ${plan.source}`);
      continue;
    }
    try {
      const ctx: LinkContext = { source: plan.source, oldPath: plan.oldPath, oldOrigin, routeOfOldPath: (p) => byOldPath.get(p) ?? null, routeOfSource: (s) => bySource.get(s) ?? null };
      // Before the write: the entry keeps its to-do list (toComplete), this line included.
      if (options.publish && plan.draftOnly) plan.todo.push('laissé en brouillon malgré --publish : à publier une fois complété');
      const finished: FinishedPlan = finishPlan(plan, ctx);
      const collection = collectionOf(plan.kind);
      if (plan.locale === 'en') {
        await writeEnglish(plan, finished, base);
        continue;
      }
      const target = sameAsTarget(plan);
      const named = target ? bySlug.get(`${target.collection}/${target.slug}`) : undefined;
      if (target && !named) throw new Error(`--same-as : aucune entrée ${routes[target.collection]}${target.slug}/ dans le CMS ni dans ce passage`);
      if (named && target) {
        await merge(plan, base, target.collection, named);
        continue;
      }
      const stored = bySlug.get(`${collection}/${plan.slug}`);
      const ownedElsewhere = stored && (plan.kind === 'event' ? !(plan.oldPath && stored.legacyPaths.includes(plan.oldPath)) : stored.importSource !== plan.source);
      // Not this file's own entry: an entry with its title (or its address) may be the same page from another legacy site.
      const copyOf = stored && !ownedElsewhere ? undefined : await findSame(plan, collection, stored);
      if (copyOf) {
        await merge(plan, base, collection, copyOf);
        continue;
      }
      const result = await writePlan(api, finished, { publish: options.publish, dryRun: options.dryRun }, stored ? { ...stored, legacyPaths: stored.legacyPaths.join('\n') } : null);
      const heldBack = options.publish && plan.draftOnly ? (plan.heldBack ?? 'un champ est à compléter (voir « À compléter »)') : null;
      written.set(plan, outcome(plan.source, { ...base, action: result.action, newUrl: newRouteOf(routes, plan), documentId: result.documentId, published: result.published, heldBack, converted: convertedOf(plan) }));
      log(`${ACTION_LABEL[result.action].padEnd(17)} ${KIND_LABEL[plan.kind]} « ${plan.slug} » ← ${plan.source}${heldBack ? ` (brouillon : ${heldBack})` : ''}`);
      for (const note of [...plan.notes, ...plan.todo]) log(`    · ${note}`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // The file, the entry it was to become, then the CMS's message with its field.
      outcome(plan.source, { ...base, error: message.startsWith(plan.source) ? message : `${plan.source} (${KIND_LABEL[plan.kind]} « ${plan.slug} ») : ${message}` });
      log(`échec             ${plan.source} : ${message}`);
    }
  }
  for (const failed of outcomes.filter((o) => o.action === 'failed' && !o.kind)) log(`échec             ${failed.error ?? failed.file}`);

  // The old menu of each language, from every file's eleventyNavigation: navigation-only files and pages alike.
  const menus = new Map<Locale, MenuResult>();
  for (const locale of locales) {
    const navigationFiles = navigationOnly.filter((n) => localeOf(n.source) === locale);
    const navigationSources: NavigationSource[] = [
      ...navigationFiles.map((n) => ({ source: n.source, entry: n.navigation, newUrl: null })),
      // Where each file's entry ended up (its own, or the one it was merged into).
      ...plans.flatMap((p) => (p.locale === locale && p.navigation && !refused.has(p) ? [{ source: p.source, entry: p.navigation, newUrl: outcomes.find((o) => o.file === p.source)?.newUrl ?? null }] : [])),
    ];
    if (!navigationSources.length) continue;
    const built = menuOf(navigationSources, (p) => byOldPath.get(p) ?? sectionRoute(p, locale));
    for (const n of navigationFiles) {
      const link = built.links.find((l) => l.label === (n.navigation.title ?? n.navigation.key).slice(0, 80));
      outcome(n.source, { action: 'navigation', notes: [`entrée de menu « ${n.navigation.title ?? n.navigation.key} »${link ? ` → ${link.url}` : ''} (permalink: false : pas de page sur l’ancien site)`] });
    }
    for (const { source, note } of built.notes) outcomes.find((o) => o.file === source)?.notes.push(note);
    const name = `menu principal${locale === defaultLocale ? '' : ` (${locale})`}`;
    try {
      const written = await writeMenu(api, built, options.dryRun, locale);
      menus.set(locale, written);
      log(`${name} ${ACTION_LABEL[written.action]} : ${written.links.map((l) => `${l.label} → ${l.url}`).join(' · ')}`);
      for (const note of written.notes) log(`    · ${note}`);
    } catch (error) {
      log(`échec             ${name} (Navigation) : ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const menu = menus.get(defaultLocale)?.links ?? null;
  const englishMenu = menus.get('en') ?? null;

  // The old site's listing addresses, from the files that made it into the CMS.
  const imported = new Set(outcomes.filter((o) => o.action !== 'failed').map((o) => o.file));
  const sectionRedirects = sectionRedirectsOf(plans.filter((plan) => imported.has(plan.source)), { ...DEFAULT_SECTION_OPTIONS, ...options.sections });
  const unreached = outcomes.flatMap((o) =>
    o.oldPath && !o.published && o.action !== 'skipped' ? [{ from: o.oldPath, why: o.action === 'failed' ? `${o.file} en échec` : `${o.file} non publié` }] : [],
  );
  if (!options.dryRun && sectionRedirects.length) {
    try {
      for (const { from, to } of await writeSectionRedirects(api, sectionRedirects)) log(`gardée            ${from} → ${to} (ligne déjà dans « Anciennes adresses des rubriques »)`);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      log(`échec             anciennes adresses des rubriques : ${why}`);
      unreached.push(...sectionRedirects.map((r) => ({ from: r.from, why })));
    }
  }
  log(`${sectionRedirects.length} ancienne(s) adresse(s) de rubrique, de liste ou de flux redirigée(s) ; ${unreached.length} ancienne(s) adresse(s) sans page.`);

  const count = (...actions: FileOutcome['action'][]): number => outcomes.filter((o) => actions.includes(o.action)).length;
  const failed = count('failed');
  const seconds = (performance.now() - started) / 1000;
  log(
    `\n${outcomes.length} fichier(s) : ${count('created', 'would-create')} créé(s), ${count('updated', 'would-update')} mis à jour, ${count('unchanged')} inchangé(s), ${count('merged')} fusionné(s), ${count('navigation')} de navigation, ${count('skipped')} non importé(s), ${failed} en échec, ${outcomes.filter((o) => o.heldBack).length} laissé(s) en brouillon, en ${seconds.toFixed(1)} s` +
      `${options.dryRun ? ' (simulation : rien n’a été écrit)' : ''}${options.publish || options.dryRun ? '' : ' ; les entrées importées sont des brouillons'}.`,
  );
  if (options.report) {
    writeReport(options.report, outcomes, { cmsUrl: options.cmsUrl, seconds, dryRun: options.dryRun, sectionRedirects, unreached, englishMenu });
    log(`Rapport : ${options.report}`);
  }
  return { outcomes, failed, seconds, sectionRedirects, unreached, menu, englishMenu, siteRoot };
};
