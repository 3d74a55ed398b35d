import path from 'node:path';
import type { BlocksContent } from '@bluehats/content-types';
import type { Common } from './common-plan';
import { bodyItems, type BodyItem, type PlannedImage, type PlannedQuote, type PlannedVideo } from './body-items';
import { decodeSource } from './decode';
import { guessDate } from './entry-date';
import { eventFolderOf, type EventKind } from './events';
import { eventPlan, type EventPlan } from './event-plan';
import { parseFrontMatter, type NavigationEntry, type Person } from './front-matter';
import { locateImage } from './images';
import { SVG_MIME } from './svg-image';
import { fileSlug, oldUrlOf, type UrlPattern } from './old-url';
import { inPageFolder, legalPageOf, type LegalPage } from './pages';
import { looksLikeProjectCall } from './project-call';
import { projectCallPlan, type ProjectCallPlan } from './project-call-plan';
import { withoutTemplateTags } from './shortcodes';
import { readInsideSite } from './source-files';
import { archiveWarningOf } from './archive-warning';
import { localeOf, switchPath, withoutLanguageSwitch } from './language-switch';
import { plainText, richTextOf, slugify, truncate } from './text';

export type { BodyItem, PlannedImage, PlannedQuote, PlannedVideo, EventPlan, ProjectCallPlan };

export type ArticlePlan = Common & { kind: 'article'; description: string; date: string | null; cover: PlannedImage | null; authors: Person[]; body: BodyItem[] };

export type PagePlan = Common & { kind: 'page'; description: string | null; body: BodyItem[]; legal: LegalPage | null };

export type ImportPlan = ArticlePlan | PagePlan | ProjectCallPlan | EventPlan;

/** A file with no page of its own (permalink: false) that only places an entry in the old menu. */
export type NavigationOnlyPlan = { kind: 'navigation'; source: string; navigation: NavigationEntry };

export type PlanOptions = {
  /** The old site's root: identities, site-absolute images (/img/…) and the files allowed to be read. */
  siteRoot: string;
  as: 'auto' | 'article' | 'page' | 'project-call' | 'event';
  /** Folders whose undated files are reference pages (pages.ts). */
  pageFolders: readonly string[];
  /** Eleventy's input folder, from the site root, for its default URL rule. */
  inputDir: string;
  patterns: UrlPattern[];
  eventFolders: Record<string, EventKind>;
  /** The site root is in a git checkout: missing dates come from the first commit. */
  useGit: boolean;
  maxFileBytes: number;
};

/** Identity of a file: its path from the site root, the same whatever folder was given on the command line. */
export const sourceOf = (siteRoot: string, absolutePath: string): string => path.relative(siteRoot, absolutePath).split(path.sep).join('/');

/**
 * Reads one Markdown file into what the CMS will hold, without writing anything: every error a
 * file can have (encoding, YAML, image that is not one, unsupported block) is found here, so a
 * file either imports whole or not at all. Links are resolved later, once every file is planned.
 */
export const planFile = (absolutePath: string, options: PlanOptions): ImportPlan | NavigationOnlyPlan => {
  const source = sourceOf(options.siteRoot, absolutePath);
  const { text, repair } = decodeSource(source, readInsideSite(options.siteRoot, absolutePath, source, options.maxFileBytes));
  const notes: string[] = repair ? [repair] : [];
  const todo: string[] = [];
  const parsed = parseFrontMatter(source, text);
  const { frontMatter, bodyLine, unknownKeys } = parsed;
  // « Read this page in English »: the site's language selector replaces it (language-switch.ts).
  const { body, switches } = withoutLanguageSwitch(parsed.body, bodyLine);
  const archive = archiveWarningOf(body);
  if (archive) {
    notes.push(`page archivée sur l’ancien site : importée archivée, avec le motif « ${archive.reason} »`);
    todo.push(`page archivée : l’avertissement en tête du texte peut être retiré, le bandeau « Cette page est archivée » le remplace${archive.generic ? ' ; précisez pourquoi dans « Motif de l’archivage »' : ''}`);
  }
  if (!frontMatter.title && frontMatter.navigation) return { kind: 'navigation', source, navigation: frontMatter.navigation };
  for (const field of ['title', 'description'] as const) {
    const value = frontMatter[field];
    const cleaned = value ? withoutTemplateTags(value) : null;
    if (cleaned?.removed) {
      notes.push(`${field} : balise de gabarit retirée de l’en-tête`);
      if (cleaned.text) frontMatter[field] = cleaned.text;
      else if (field === 'description') frontMatter.description = null;
    }
  }
  if (unknownKeys.length) notes.push(`clés d’en-tête non importées : ${unknownKeys.join(', ')}`);
  const where = (field: string) => ({ file: source, absoluteFile: absolutePath, siteRoot: options.siteRoot, field });
  const image = (reference: string, alt: string, field: string): PlannedImage | null => {
    const found = locateImage(where(field), reference);
    if (!found) todo.push(`image introuvable, non importée : ${reference} (${field}) ; ajoutez-la depuis l’administration`);
    else if (found.mime === SVG_MIME) notes.push(`image SVG ${reference} (${field}) envoyée en PNG : une image SVG n’est jamais servie telle quelle`);
    return found ? { ...found, alt } : null;
  };
  const items = bodyItems(body, { file: source, title: frontMatter.title, bodyLine, image, notes, todo });

  const old = oldUrlOf(source, frontMatter.permalink, options);
  if (old.note) todo.push(old.note);
  const permalinkName = old.path && typeof frontMatter.permalink === 'string' ? path.posix.basename(old.path.replace(/\/$/, '').replace(/\.html?$/, '')) : null;
  const slug = slugify(frontMatter.slug ?? permalinkName ?? fileSlug(source));
  const common: Common = { source, slug, title: frontMatter.title, tags: frontMatter.tags, oldPath: old.path, notes, todo, draftOnly: false, navigation: frontMatter.navigation, locale: localeOf(source), languageLinks: switches.flatMap((s) => switchPath(s.href, old.path) ?? []), ...(archive ? { archive: { reason: archive.reason } } : {}) };

  const asPage = options.as === 'page' || (options.as === 'auto' && !frontMatter.date && !eventFolderOf(source, options.eventFolders) && inPageFolder(source, options.pageFolders));
  if (asPage) {
    return pagePlan(common, frontMatter.description, items, legalPageOf(source, frontMatter.title));
  }

  let date = frontMatter.date;
  if (!date) {
    const guessed = guessDate(absolutePath, source, options.useGit);
    if (guessed) {
      date = guessed.date;
      todo.push(`date absente de l’en-tête : ${guessed.date} (${guessed.how}), à vérifier`);
    }
  }
  const blocks = richTextOf(items);
  const folderKind = eventFolderOf(source, options.eventFolders);
  const asEvent =
    options.as === 'event' ||
    (options.as === 'auto' && Boolean(frontMatter.video || frontMatter.slides || frontMatter.time || folderKind));
  if (asEvent) return eventPlan({ ...common, frontMatter, body, items, blocks, date, kind: folderKind ?? 'webinaire', where });
  const asCall = options.as === 'project-call' || (options.as === 'auto' && looksLikeProjectCall(body, blocks));
  if (asCall) return projectCallPlan({ ...common, frontMatter, body, items, blocks });

  if (!date) {
    common.draftOnly = true;
    common.heldBack = 'date introuvable';
    todo.push('date introuvable (ni en-tête, ni historique git, ni chemin) : l’article reste en brouillon, date à saisir');
  }
  const firstParagraph = plainText(blocks.filter((b) => b.type === 'paragraph').slice(0, 1));
  if (!frontMatter.description) notes.push('résumé absent de l’en-tête : repris du premier paragraphe');
  for (const person of frontMatter.authors) todo.push(`auteur ou autrice « ${person.name} » repris de l’en-tête : à confirmer`);
  return {
    ...common,
    kind: 'article',
    description: truncate(frontMatter.description ?? (firstParagraph || frontMatter.title), 320),
    date,
    cover: frontMatter.image ? image(frontMatter.image.path, frontMatter.image.alt ?? '', 'image') : null,
    authors: frontMatter.authors.map((p) => ({ name: p.name.slice(0, 120), role: p.role?.slice(0, 200) ?? null })),
    body: items,
  };
};

/**
 * A reference page (about, contact, documentation…): no date, no place in the news. An old
 * version of one of the site's own legal pages stays a draft under its own address, for an editor
 * to merge into the site's page: never two legal notices online.
 */
const pagePlan = (common: Common, description: string | null, body: BodyItem[], legal: LegalPage | null): PagePlan => {
  if (!legal) return { ...common, kind: 'page', description: description ? truncate(description, 320) : null, body, legal };
  common.todo.push(`ancienne version de la page « ${legal.label} » du site (/pages/${legal.slug}/) : à fusionner dans celle-ci, puis supprimer ce brouillon`);
  return { ...common, slug: `ancien-site-${common.slug}`.slice(0, 80), draftOnly: true, heldBack: `page légale « ${legal.label} » : à fusionner par un éditeur`, kind: 'page', description: description ? truncate(description, 320) : null, body, legal };
};

export type { BlocksContent };
