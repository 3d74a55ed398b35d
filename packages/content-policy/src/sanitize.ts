import sanitizeHtml, { type Attributes, type IOptions } from 'sanitize-html';
import { isImageSource, linkKind } from './link-target';
import { providerOf } from './video-providers';

/**
 * The one allow-list for HTML kept from old pages (`blocks.legacy-html`), applied by the importer
 * when it stores the HTML and by the site when it renders it: the DSFR markup (grid, buttons,
 * text, tables) stays; whatever could run code, restyle the page or load a third party goes.
 * Players are not kept here: a video is a Vidéo block, whose iframe the site builds itself.
 */
const allowedTags = [
  'p', 'div', 'span', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'a', 'strong', 'em', 'b', 'i', 'br',
  'img', 'figure', 'figcaption', 'blockquote', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'caption', 'code', 'pre', 'hr',
];
const allowedAttributes: Record<string, string[]> = {
  '*': ['class', 'title', 'lang'],
  a: ['href', 'rel'],
  img: ['src', 'alt', 'width', 'height'],
  th: ['scope', 'colspan', 'rowspan'],
  td: ['colspan', 'rowspan'],
};
// Dropped with their text too: their content is code, styling or a form, never prose.
const droppedWithContent = ['script', 'style', 'iframe', 'object', 'embed', 'template', 'noscript', 'svg', 'math', 'form', 'textarea', 'select', 'option', 'button', 'link', 'meta', 'base', 'title'];

export type SanitizedHtml = { html: string; removed: string[] };

// Relative links (`../x`) stay: the importer resolves them after sanitising, and they never leave this site.
const keepsUrl = (tag: string, value: string): boolean => (tag === 'img' ? isImageSource(value) : linkKind(value) !== null);

const removedTag = (tag: string, attribs: Attributes): string => {
  if (tag !== 'iframe') return `<${tag}> retiré`;
  const src = attribs.src?.trim() ?? '';
  return providerOf(src)
    ? `<iframe> retirée (${src}) : une vidéo s’ajoute avec un bloc Vidéo`
    : `<iframe> d’un hébergeur non autorisé retirée (${src || 'sans adresse'})`;
};

/** Reads every tag before sanitize-html judges it, to say in the import report what went and why. */
const reviewTag = (removed: string[]) => (tag: string, attribs: Attributes): { tagName: string; attribs: Attributes } => {
  if (!allowedTags.includes(tag)) {
    removed.push(removedTag(tag, attribs));
    return { tagName: tag, attribs };
  }
  const kept: Attributes = {};
  for (const [name, value] of Object.entries(attribs)) {
    // rel is ours to set (below), never the author's.
    if (![...(allowedAttributes['*'] ?? []), ...(allowedAttributes[tag] ?? [])].includes(name) || name === 'rel') {
      removed.push(`attribut ${name} retiré de <${tag}>`);
    } else if ((name === 'href' || name === 'src') && !keepsUrl(tag, value)) {
      removed.push(`adresse dangereuse retirée de <${tag}> (${value.slice(0, 40)})`);
    } else {
      kept[name] = name === 'href' || name === 'src' ? value.trim() : value;
    }
  }
  // A page of another site gets no handle on this one (window.opener).
  if (tag === 'a' && linkKind(kept.href) === 'web') kept.rel = 'noopener';
  return { tagName: tag, attribs: kept };
};

const options = (removed: string[]): IOptions => ({
  allowedTags,
  allowedAttributes,
  // Only the design system's classes: no author-controlled styling or script hooks.
  allowedClasses: { '*': ['fr-*'] },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: droppedWithContent,
  transformTags: { '*': reviewTag(removed) },
});

/** Legacy HTML as it may be stored and rendered, and what was taken out of it (in French, for the import report). */
export const sanitizeLegacyHtml = (html: string): SanitizedHtml => {
  const removed: string[] = [];
  return { html: sanitizeHtml(html, options(removed)).trim(), removed };
};
