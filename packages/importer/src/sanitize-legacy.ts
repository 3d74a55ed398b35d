import { linkKind } from '@bluehats/content-types';
import { parse, type HTMLElement, type Node } from 'node-html-parser';
import { providerOf } from './video-hosts';

const ALLOWED_TAGS = new Set(['div', 'p', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'em', 'b', 'i', 'a', 'ul', 'ol', 'li', 'br', 'span', 'figure', 'figcaption', 'blockquote', 'img', 'iframe']);
const ALLOWED_ATTRIBUTES: Record<string, readonly string[]> = {
  '*': ['class', 'title', 'lang'],
  a: ['href'],
  img: ['src', 'alt', 'width', 'height'],
  iframe: ['src', 'title', 'allowfullscreen'],
};

export type SanitizedHtml = { html: string; removed: string[] };

const describe = (element: HTMLElement): string => `<${element.rawTagName.toLowerCase()}>`;

/**
 * Keeps the DSFR markup of old pages (grid, buttons, text) and removes, with a note for the
 * report, whatever could run code or load a third party: scripts, styles, event handlers,
 * javascript: links, iframes from hosts the CMS does not accept.
 */
export const sanitizeLegacyHtml = (source: string): SanitizedHtml => {
  const root = parse(source, { comment: false });
  const removed: string[] = [];
  const clean = (node: Node): void => {
    for (const child of [...node.childNodes]) {
      if (child.nodeType !== 1) continue;
      const element = child as HTMLElement;
      const tag = element.rawTagName.toLowerCase();
      // A link inside a button is invalid HTML and unreachable by keyboard: the link takes the button's look.
      const innerLink = tag === 'button' ? element.querySelector('a') : null;
      if (innerLink) {
        innerLink.setAttribute('class', `${element.getAttribute('class') ?? ''} ${innerLink.getAttribute('class') ?? ''}`.trim());
        element.replaceWith(innerLink);
        removed.push('<button> contenant un lien remplacé par le lien');
        clean(innerLink.parentNode ?? root);
        continue;
      }
      if (!ALLOWED_TAGS.has(tag)) {
        removed.push(`${describe(element)} retiré`);
        element.remove();
        continue;
      }
      if (tag === 'iframe' && !providerOf(element.getAttribute('src') ?? '')) {
        removed.push(`<iframe> d’un hébergeur non autorisé retirée (${element.getAttribute('src') ?? 'sans adresse'})`);
        element.remove();
        continue;
      }
      if (tag === 'iframe') {
        element.setAttribute('sandbox', 'allow-same-origin allow-scripts allow-popups');
        if (!element.getAttribute('title')) element.setAttribute('title', 'Vidéo');
      }
      for (const name of Object.keys(element.attributes)) {
        const lower = name.toLowerCase();
        const allowed = [...(ALLOWED_ATTRIBUTES['*'] ?? []), ...(ALLOWED_ATTRIBUTES[tag] ?? [])].includes(lower) || (tag === 'iframe' && lower === 'sandbox');
        const value = element.getAttribute(name) ?? '';
        if (!allowed) {
          removed.push(`attribut ${lower} retiré de ${describe(element)}`);
          element.removeAttribute(name);
        } else if ((lower === 'href' || lower === 'src') && linkKind(value) === null) {
          removed.push(`adresse dangereuse retirée de ${describe(element)} (${value.slice(0, 40)})`);
          element.removeAttribute(name);
        }
      }
      clean(element);
    }
  };
  clean(root);
  return { html: root.toString().trim(), removed };
};
