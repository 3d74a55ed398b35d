import { linkKind } from '@bluehats/content-policy';

/**
 * Where the external links of a document live, read from its schema rather than listed: every
 * link node of a rich text (`blocks` attribute) with its text, and every link field, a string
 * attribute named `url` or `…Url` (applicationUrl, registrationUrl, a partner's url…), inside
 * components and dynamic zones too. Only web addresses: mail, phone and the site's own paths are
 * not checked over HTTP.
 */

type Attribute = { type: string; component?: string; components?: string[] };
export type Schemas = {
  attributesOf: (uid: string) => Record<string, Attribute>;
  /** The field's name as editors read it in the content manager (« Lien pour candidater »). */
  labelOf: (uid: string, field: string) => string;
};
type Data = Record<string, unknown>;

export type FoundLink = { url: string; text: string; where: string };

const isLinkField = (name: string, attribute: Attribute): boolean => (attribute.type === 'string' || attribute.type === 'text') && /(^url|Url)$/.test(name);
const records = (value: unknown): Data[] => (Array.isArray(value) ? value : value ? [value] : []).filter((v): v is Data => !!v && typeof v === 'object');

/** A link field's words in a component: what names it beside it (a link's label, a partner's name); else the field's label. */
const nameOf = (data: Data): string | undefined =>
  ['label', 'name', 'title'].map((key) => data[key]).find((value): value is string => typeof value === 'string' && value.trim() !== '');

type Node = { type?: string; text?: string; url?: string; children?: Node[] };
const textOf = (nodes: Node[] | undefined): string => (nodes ?? []).map((node) => node.text ?? textOf(node.children)).join('').trim();

const blockLinks = (nodes: unknown, where: string, found: FoundLink[]): void => {
  for (const node of records(nodes) as Node[]) {
    if (node.type === 'link' && node.url) found.push({ url: node.url, text: textOf(node.children) || node.url, where });
    blockLinks(node.children, where, found);
  }
};

const walk = (schemas: Schemas, uid: string, data: Data, where: string, found: FoundLink[]): void => {
  for (const [name, attribute] of Object.entries(schemas.attributesOf(uid))) {
    const value = data[name];
    if (value === null || value === undefined) continue;
    const place = where || schemas.labelOf(uid, name);
    if (attribute.type === 'blocks') blockLinks(value, place, found);
    else if (isLinkField(name, attribute) && typeof value === 'string') found.push({ url: value.trim(), text: (where ? nameOf(data) : undefined) ?? schemas.labelOf(uid, name), where: place });
    else if (attribute.type === 'component' && attribute.component) for (const item of records(value)) walk(schemas, attribute.component, item, place, found);
    else if (attribute.type === 'dynamiczone') records(value).forEach((item, index) => walk(schemas, String(item.__component), item, `${place}, bloc ${index + 1}`, found));
  }
};

/** The document's external links, in reading order, each once per place and text. */
export const externalLinksOf = (schemas: Schemas, uid: string, document: Data): FoundLink[] => {
  const found: FoundLink[] = [];
  walk(schemas, uid, document, '', found);
  const seen = new Set<string>();
  return found.filter((link) => {
    const key = `${link.where}|${link.url}|${link.text}`;
    if (linkKind(link.url) !== 'web' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};
