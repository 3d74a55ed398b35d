/**
 * What content still needs before it is worth reading ("à compléter"), found in what is stored:
 * pure checks over drafts (the latest version of every entry) and the published slugs links may
 * point at. Read by the admin's home widget and by `npm run content-health` through one route
 * (content-health-route.ts), so both show the same list.
 *
 * "blocking" marks what a reader would meet as a fault on the site (an image without a text
 * alternative, a broken link, template syntax printed, "à préciser" shown as an author); the rest
 * is left for an editor to check (a past event without its recording, lines left by the import).
 */

import { brokenLinkProblem, type BrokenLink } from '../link-check/broken-link-text';
import { translationRequestField } from '../i18n/translation-request';
import { versionName } from '../i18n/locales';

type Data = Record<string, unknown>;

export type Finding = {
  uid: string;
  documentId: string;
  /** The entry's type as editors read it, e.g. « Article ». */
  type: string;
  title: string;
  /** The field, or block, the finding is about. */
  where: string;
  problem: string;
  blocking: boolean;
  /** The edit page of the version checked, under the admin's root (/admin): the English edit view for the English version. */
  editPath: string;
  /** « version anglaise » when the finding is about a translation; null for the default language's. */
  version: string | null;
};

/** `locale`: set for a published translation (`en`), checked on what is written in its language only. */
export type Entry = { uid: string; type: string; data: Data; locale?: string };

export type Context = {
  /** Published slugs of each site section that has one page per entry, by its address in each language (« /articles/ », « /en/articles/ » → slugs). */
  publishedSlugs: ReadonlyMap<string, ReadonlySet<string>>;
  now: number;
  /** External links of published documents found broken at their last check (link-check/), by `uid|documentId`. */
  brokenLinks?: ReadonlyMap<string, readonly BrokenLink[]>;
  /** Documents whose English version is online (published, or saved for a type without drafts), by `uid|documentId`. */
  translated?: ReadonlySet<string>;
};

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const present = (value: unknown): boolean => value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);
const records = (value: unknown): Data[] => (Array.isArray(value) ? value.filter((v): v is Data => !!v && typeof v === 'object') : []);
const time = (value: unknown): number | null => {
  const t = present(value) ? new Date(String(value)).getTime() : Number.NaN;
  return Number.isNaN(t) ? null : t;
};

// Placeholders the importer writes where the old site said nothing (packages/importer).
const TO_SPECIFY = /à préciser/i;
const DAY = 86_400_000;
const TRANSCRIPT_PLACEHOLDER = /^Transcription à rédiger/;
const TEMPLATE_SYNTAX = /\{%|%\}|\{\{|\}\}/;
const HTML_TAG = /<\/?[a-z][a-z0-9-]*(\s[^<>]*)?\/?>/i;

type Node = { type?: string; text?: string; url?: string; children?: Node[] };

/** Every text and every link URL of a Strapi "blocks" value. */
const walk = (nodes: unknown, visit: (node: Node) => void): void => {
  for (const node of records(nodes) as Node[]) {
    visit(node);
    walk(node.children, visit);
  }
};
const textOf = (nodes: unknown): string => {
  const parts: string[] = [];
  walk(nodes, (node) => node.type === 'text' && parts.push(node.text ?? ''));
  return parts.join(' ').trim();
};
const linksOf = (nodes: unknown): string[] => {
  const urls: string[] = [];
  walk(nodes, (node) => node.type === 'link' && node.url && urls.push(node.url));
  return urls;
};
const hrefsOf = (html: string): string[] => [...html.matchAll(/href\s*=\s*["']([^"']+)["']/gi)].map((m) => m[1] ?? '');

/** An internal link to a detail page (/<section>/<slug>/, /en/<section>/<slug>/) whose version in that language is missing or unpublished. */
const brokenLink = (url: string, context: Context): string | null => {
  const match = /^(\/(?:[^/?#]+\/)+)([^/?#]+)\/?(?:[?#].*)?$/.exec(url);
  if (!match) return null;
  const slugs = context.publishedSlugs.get(match[1] ?? '');
  if (!slugs || slugs.has(decodeURIComponent(match[2] ?? ''))) return null;
  return `lien vers ${url} : aucune page publiée à cette adresse (entrée absente ou en brouillon)`;
};

type Finder = (entry: Entry, add: (where: string, problem: string, blocking: boolean) => void, context: Context) => void;

const altText: Finder = (entry, add) => {
  for (const [media, alt] of [['cover', 'coverAlt'], ['image', 'imageAlt'], ['portrait', 'portraitAlt']] as const) {
    if (present(entry.data[media]) && !text(entry.data[alt])) add(alt, 'image sans texte alternatif', true);
  }
};

const textProblems = (where: string, value: string, add: Parameters<Finder>[1]): void => {
  if (TEMPLATE_SYNTAX.test(value)) add(where, 'balise de gabarit de l’ancien site restée dans le texte', true);
  if (HTML_TAG.test(value)) add(where, 'balise HTML restée dans le texte', true);
};

const richText = (where: string, nodes: unknown, add: Parameters<Finder>[1], context: Context): void => {
  textProblems(where, textOf(nodes), add);
  for (const url of linksOf(nodes)) {
    const problem = brokenLink(url, context);
    if (problem) add(where, problem, true);
  }
};

const blocks: Finder = (entry, add, context) => {
  records(entry.data.body).forEach((block, index) => {
    const where = `Contenu, bloc ${index + 1}`;
    switch (block.__component) {
      case 'blocks.rich-text':
        richText(where, block.content, add, context);
        break;
      case 'blocks.image':
        if (!text(block.alt) && block.decorative !== true) add(where, 'image sans texte alternatif', true);
        break;
      case 'blocks.quote': {
        const quote = block.quote as Data | null | undefined;
        const author = quote ? text(quote.authorName) : text(block.authorName);
        // An empty author is shown as no attribution at all; a placeholder would be printed.
        if (TO_SPECIFY.test(author)) add(where, `citation dont l’auteur ou l’autrice est « ${author} »`, true);
        break;
      }
      case 'blocks.legacy-html':
        add(where, 'HTML repris de l’ancien site : à remplacer par des blocs', false);
        for (const url of hrefsOf(text(block.html))) {
          const problem = brokenLink(url, context);
          if (problem) add(where, problem, true);
        }
        break;
    }
  });
  // Events and project calls have one rich text, not blocks of components.
  if (entry.data.body && !records(entry.data.body).some((b) => typeof b.__component === 'string')) richText('Contenu', entry.data.body, add, context);
};

const hasTranscript = (video: Data): boolean => {
  const transcript = textOf(video.transcript);
  return !!transcript && !TRANSCRIPT_PLACEHOLDER.test(transcript);
};

// On the video itself, not on each entry that shows it: the transcript is written once, there.
const videoEntry: Finder = (entry, add) => {
  if (entry.uid === 'api::video.video' && !hasTranscript(entry.data)) add('Transcription', 'vidéo sans transcription', true);
};

const quoteEntry: Finder = (entry, add) => {
  if (entry.uid === 'api::quote.quote' && TO_SPECIFY.test(text(entry.data.authorName))) add('Auteur ou autrice', `auteur ou autrice « ${text(entry.data.authorName)} »`, true);
};

const eventEntry: Finder = (entry, add, context) => {
  if (entry.uid !== 'api::event.event') return;
  if (TO_SPECIFY.test(text(entry.data.place))) add('Lieu', `lieu « ${text(entry.data.place)} »`, true);
  // A day event (« Horaire non précisé ») lasts until the end of its day.
  const starts = time(entry.data.startsAt);
  const ends = time(entry.data.endsAt) ?? (starts !== null && entry.data.allDay === true ? starts + DAY : starts);
  if (ends !== null && ends < context.now && !present(entry.data.recording)) add('Enregistrement', 'événement passé sans enregistrement', false);
};

const callEntry: Finder = (entry, add, context) => {
  if (entry.uid !== 'api::project-call.project-call') return;
  const opens = time(entry.data.opensAt);
  const closes = time(entry.data.closesAt);
  const open = opens !== null && opens <= context.now && (closes === null || context.now < closes);
  if (open && !text(entry.data.applicationUrl)) add('Lien pour candidater', 'appel ouvert sans lien pour candidater', true);
};

// Written by the importer: one line per thing its report says to complete (a guessed date among them).
const importToDo: Finder = (entry, add) => {
  for (const line of text(entry.data.toComplete).split('\n').map((l) => l.trim()).filter(Boolean)) add('À compléter', line, false);
};

const externalLinks: Finder = (entry, add, context) => {
  for (const link of context.brokenLinks?.get(`${entry.uid}|${String(entry.data.documentId)}`) ?? []) add(link.where, brokenLinkProblem(link), true);
};

// Asked for with « Traduction anglaise demandée »; gone once the English version is published.
const missingTranslation: Finder = (entry, add, context) => {
  if (entry.data[translationRequestField] === true && !context.translated?.has(`${entry.uid}|${String(entry.data.documentId)}`)) {
    add('Traduction anglaise demandée', 'traduction manquante : la version anglaise n’est pas encore publiée', false);
  }
};

const finders: Finder[] = [altText, blocks, videoEntry, quoteEntry, eventEntry, callEntry, importToDo, externalLinks, missingTranslation];

/**
 * The checks of a translation: those over what is written in each language (alternative texts, the
 * content, a transcript, the import's lines). The others read fields common to the languages (a
 * place, dates, the link to apply, an author's name), checked once on the default language.
 */
const translationFinders: Finder[] = [altText, blocks, videoEntry, importToDo];

export const findingsOf = (entries: Entry[], context: Context): Finding[] =>
  entries.flatMap((entry) => {
    const found: Finding[] = [];
    const title = text(entry.data.title) || text(entry.data.text).slice(0, 80) || text(entry.data.documentId);
    const inLocale = entry.locale ? `?plugins[i18n][locale]=${encodeURIComponent(entry.locale)}` : '';
    const version = entry.locale ? versionName(entry.locale) : null;
    const add = (where: string, problem: string, blocking: boolean): void => {
      const documentId = String(entry.data.documentId);
      const editPath = `/content-manager/collection-types/${entry.uid}/${documentId}${inLocale}`;
      found.push({ uid: entry.uid, documentId, type: entry.type, title, where, problem, blocking, editPath, version });
    };
    for (const find of entry.locale ? translationFinders : finders) find(entry, add, context);
    return found;
  });

/** How the widget and `npm run content-health` name a finding's entry: « Article « Title » », « (version anglaise) » after a translation's. */
export const entryLabel = (finding: Finding): string => `${finding.type} « ${finding.title} »${finding.version ? ` (${finding.version})` : ''}`;
