import { parseDocument } from 'yaml';
import { ImportError } from './errors';

export type FrontMatter = {
  /** Empty only for a file that just places an entry in the menu (permalink: false, eleventyNavigation). */
  title: string;
  description: string | null;
  /** YYYY-MM-DD */
  date: string | null;
  image: { path: string; alt: string | null } | null;
  tags: string[];
  layout: string | null;
  slug: string | null;
  /** HH:MM when the date carried a time (an event's start, in Paris time unless it says otherwise). */
  time: string | null;
  /** Eleventy's permalink: a path, false (no page), or a template we cannot evaluate. */
  permalink: unknown;
  video: Linked | null;
  slides: Linked | null;
  registration: string | null;
  place: string | null;
  /** `author`, `auteur` or `authors`: names (and roles) to be confirmed by an editor. */
  authors: Person[];
  /** Eleventy's `eleventyNavigation`: this file's place in the old site's menu. */
  navigation: NavigationEntry | null;
};

/** `eleventyNavigation: {key, parent, order, url, title}` (the eleventy-navigation plugin's keys). */
export type NavigationEntry = { key: string; title: string | null; parent: string | null; order: number | null; url: string | null };

export type Person = { name: string; role: string | null };

/** `video: {src, title}` / `slides: {src, title}` of the old site's webinars. */
export type Linked = { src: string; title: string | null };

const KNOWN = new Set(['title', 'description', 'date', 'image', 'tags', 'layout', 'slug', 'permalink', 'video', 'slides', 'registration', 'inscription', 'place', 'lieu', 'author', 'auteur', 'authors', 'auteurs', 'eleventyNavigation']);

const asText = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null);

const asDate = (file: string, value: unknown): string | null => {
  if (value === undefined || value === null) return null;
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim();
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(text);
  if (!match) throw new ImportError(file, `« ${text} » n’est pas une date AAAA-MM-JJ.`, 'date');
  return match[1] ?? null;
};

const asTime = (value: unknown): string | null => {
  if (typeof value !== 'string') return null;
  const m = /^\d{4}-\d{2}-\d{2}[T ](\d{2}):(\d{2})/.exec(value.trim());
  return m ? `${m[1]}:${m[2]}` : null;
};

const asLinked = (file: string, value: unknown, field: string): Linked | null => {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value.trim() ? { src: value.trim(), title: null } : null;
  if (typeof value === 'object' && typeof (value as { src?: unknown }).src === 'string') {
    const { src, title } = value as { src: string; title?: unknown };
    return { src: src.trim(), title: asText(title) };
  }
  throw new ImportError(file, 'attendu : une adresse, ou { src, title }.', field);
};

const asPeople = (value: unknown): Person[] =>
  (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]).flatMap((item): Person[] => {
    if (typeof item === 'string') return item.trim() ? [{ name: item.trim(), role: null }] : [];
    if (typeof item === 'object' && item !== null && typeof (item as { name?: unknown }).name === 'string') {
      const { name, role } = item as { name: string; role?: unknown };
      return [{ name: name.trim(), role: asText(role) }];
    }
    return [];
  });

const asImage = (file: string, value: unknown): FrontMatter['image'] => {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return { path: value, alt: null };
  if (typeof value === 'object' && typeof (value as { path?: unknown }).path === 'string') {
    const { path, alt } = value as { path: string; alt?: unknown };
    return { path, alt: asText(alt) };
  }
  throw new ImportError(file, 'attendu : un chemin, ou { path, alt }.', 'image');
};

const asNavigation = (value: unknown): NavigationEntry | null => {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  const key = asText(record.key);
  if (!key) return null;
  const order = Number(record.order);
  return { key, title: asText(record.title), parent: asText(record.parent), order: Number.isFinite(order) && record.order !== undefined && record.order !== null ? order : null, url: asText(record.url) };
};

const asTags = (value: unknown): string[] =>
  (Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[,\s]+/) : []).map((t) => String(t).trim()).filter(Boolean);

/** Splits "---\nyaml\n---\nbody"; YAML errors name the line, unknown keys are returned to be reported. */
export const parseFrontMatter = (file: string, text: string): { frontMatter: FrontMatter; body: string; bodyLine: number; unknownKeys: string[] } => {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) throw new ImportError(file, 'en-tête YAML absent : le fichier doit commencer par « --- ».', 'front matter');
  const document = parseDocument(match[1] ?? '');
  const [error] = document.errors;
  if (error) {
    const line = (error.linePos?.[0]?.line ?? 0) + 1;
    throw new ImportError(file, `YAML invalide à la ligne ${line} : ${error.message.split('\n')[0]}`, 'front matter');
  }
  const data = document.toJS() as unknown;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ImportError(file, 'l’en-tête YAML doit être une liste de clés et de valeurs.', 'front matter');
  }
  const record = data as Record<string, unknown>;
  const title = asText(record.title);
  const navigation = asNavigation(record.eleventyNavigation);
  // A file without a page (permalink: false) that only places an entry in the menu has no title to give.
  const navigationOnly = !title && navigation !== null && record.permalink === false;
  if (!title && !navigationOnly) throw new ImportError(file, 'titre manquant.', 'title');
  return {
    frontMatter: {
      title: title ?? '',
      description: asText(record.description),
      date: asDate(file, record.date),
      image: asImage(file, record.image),
      tags: asTags(record.tags),
      layout: asText(record.layout),
      slug: asText(record.slug),
      time: asTime(record.date),
      permalink: record.permalink,
      video: asLinked(file, record.video, 'video'),
      slides: asLinked(file, record.slides, 'slides'),
      registration: asText(record.registration) ?? asText(record.inscription),
      place: asText(record.place) ?? asText(record.lieu),
      authors: asPeople(record.authors ?? record.auteurs ?? record.author ?? record.auteur),
      navigation,
    },
    body: match[2] ?? '',
    bodyLine: text.slice(0, text.length - (match[2] ?? '').length).split('\n').length,
    unknownKeys: Object.keys(record).filter((key) => !KNOWN.has(key)),
  };
};
