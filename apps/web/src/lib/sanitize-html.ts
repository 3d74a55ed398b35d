import { isImageSource } from '@bluehats/content-types';
import { parse, NodeType, type HTMLElement, type Node } from 'node-html-parser';
import { isExternal, safeHref } from './safe-url';

/** Elements legacy content may keep; everything else is unwrapped (text kept) or dropped with its content. */
const allowedTags = new Set([
  'p', 'div', 'span', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'a', 'strong', 'em', 'b', 'i', 'br',
  'img', 'figure', 'figcaption', 'blockquote', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'caption', 'code', 'pre', 'hr',
]);
const droppedWithContent = new Set(['script', 'style', 'iframe', 'object', 'embed', 'template', 'noscript', 'svg', 'math', 'form', 'textarea', 'select', 'button', 'link', 'meta', 'base']);
const allowedAttributes: Record<string, readonly string[]> = {
  a: ['href', 'title'],
  img: ['src', 'alt', 'width', 'height'],
  th: ['scope', 'colspan', 'rowspan'],
  td: ['colspan', 'rowspan'],
};

const escapeText = (text: string): string => text.replace(/&(?![a-zA-Z]+;|#\d+;|#x[\da-fA-F]+;)/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

const safeUrl = (value: string, forImage: boolean): boolean => (forImage ? isImageSource(value) : safeHref(value) !== undefined);

// Only the design system's classes survive: no author-controlled styling or script hooks.
const dsfrClasses = (value: string): string =>
  value
    .split(/\s+/)
    .filter((c) => /^fr-[a-z0-9_-]+$/.test(c))
    .join(' ');

const render = (node: Node): string => {
  if (node.nodeType === NodeType.TEXT_NODE) return escapeText(node.rawText);
  if (node.nodeType !== NodeType.ELEMENT_NODE) return '';
  const element = node as HTMLElement;
  const tag = element.rawTagName?.toLowerCase() ?? '';
  const children = element.childNodes.map(render).join('');
  if (!tag) return children;
  if (droppedWithContent.has(tag)) return '';
  if (!allowedTags.has(tag)) return children;
  const attrs: string[] = [];
  const classes = dsfrClasses(element.getAttribute('class') ?? '');
  if (classes) attrs.push(`class="${escapeAttr(classes)}"`);
  for (const name of allowedAttributes[tag] ?? []) {
    const value = element.getAttribute(name);
    if (value === undefined) continue;
    if ((name === 'href' || name === 'src') && !safeUrl(value, name === 'src')) continue;
    attrs.push(`${name}="${escapeAttr(value)}"`);
  }
  if (tag === 'a' && isExternal(element.getAttribute('href') ?? '')) attrs.push('rel="noopener"');
  const open = `<${tag}${attrs.length ? ` ${attrs.join(' ')}` : ''}>`;
  if (tag === 'br' || tag === 'img' || tag === 'hr') return open;
  return `${open}${children}</${tag}>`;
};

/** Allow-list sanitiser for imported legacy HTML: the only HTML that reaches a page as HTML. */
export const sanitizeHtml = (html: string): string => parse(html, { comment: false }).childNodes.map(render).join('');
