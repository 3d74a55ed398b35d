import type { BlocksContent } from '@bluehats/content-types';
import type { CmsApi } from './cms-api';
import type { ImportPlan } from './plan';
import { cmsQuery } from './query-string';
import { collectionOf, type Collection } from './site-routes';
import { plainText } from './text';

/**
 * The same content published by two legacy sites (the mission's previous site kept the same
 * gazettes and workshops at older addresses): the second file becomes one more old address of
 * the entry the first one made, « fusionné » in the report, instead of an address collision.
 */

/** `--same-as <old path or file>=<new address>`: says so when title or text changed between the two sites. */
export type SameAs = { from: string; to: string };

export const parseSameAs = (option: string): SameAs => {
  const at = option.indexOf('=');
  const from = option.slice(0, at).trim();
  const to = option.slice(at + 1).trim();
  if (at <= 0 || !to) throw new Error(`--same-as « ${option} » : attendu <ancienne adresse ou fichier>=<nouvelle adresse>, par exemple /fr/gazette-1/=/articles/gazette-2023-01/`);
  return { from, to };
};

export type EntryAddress = { collection: Collection; slug: string };

/**
 * The entry a `--same-as` names for a file (by its old address or its path from the site root):
 * its new address (« /articles/gazette-1/ ») or « <collection>/<slug> ».
 */
export const sameAsResolver = (routes: Record<Collection, string>, rules: SameAs[]) => (plan: ImportPlan): EntryAddress | null => {
  const rule = rules.find((r) => r.from === plan.oldPath || r.from === plan.source);
  if (!rule) return null;
  const address = rule.to.replace(/^\/+|\/+$/g, '');
  const collection = (Object.keys(routes) as Collection[]).find((c) => address.startsWith(`${routes[c].replace(/^\/+|\/+$/g, '')}/`) || address.startsWith(`${c}/`));
  if (!collection) throw new Error(`--same-as ${rule.from}=${rule.to} : « ${rule.to} » n’est pas l’adresse d’une entrée (/articles/…/, /pages/…/, /evenements/…/, /appels-a-projets/…/)`);
  return { collection, slug: address.slice(address.lastIndexOf('/') + 1) };
};

/**
 * Copies within one run (two legacy sites imported together): a file that `--same-as` ties to
 * another file of the run, or that has the title and text of an earlier one, is that one's copy.
 */
export const copiesInRun = (plans: ImportPlan[], sameAsTarget: (plan: ImportPlan) => EntryAddress | null): Map<ImportPlan, ImportPlan> => {
  const copies = new Map<ImportPlan, ImportPlan>();
  for (const plan of plans) {
    const target = sameAsTarget(plan);
    const original = target ? plans.find((p) => p !== plan && collectionOf(p.kind) === target.collection && p.slug === target.slug) : undefined;
    if (original) copies.set(plan, original);
  }
  const byText = new Map<string, ImportPlan>();
  for (const plan of plans.filter((p) => !copies.has(p))) {
    const key = `${plan.kind}\n${planText(plan)}`;
    const first = byText.get(key);
    if (first) copies.set(plan, first);
    else byText.set(key, plan);
  }
  return copies;
};

const comparable = (title: string, blocks: BlocksContent): string => `${title.trim().toLowerCase()}\n${plainText(blocks).toLowerCase()}`;

/** What two copies of one page share: the title and the words of their rich text. */
export const planText = (plan: ImportPlan): string =>
  comparable(plan.title, plan.kind === 'article' || plan.kind === 'page' ? plan.body.flatMap((item) => (item.kind === 'rich-text' ? item.content : [])) : plan.body);

type Stored = { documentId: string; title: string; legacyPaths?: string | null; body?: unknown; updatedAt?: string; publishedAt?: string | null };

const read = async (api: CmsApi, collection: Collection, documentId: string, status: 'draft' | 'published'): Promise<Stored | undefined> => {
  const dynamicZone = collection === 'articles' || collection === 'pages';
  const query = dynamicZone
    ? { fields: ['title', 'legacyPaths', 'updatedAt', 'publishedAt'], populate: { body: { on: { 'blocks.rich-text': true } } } }
    : { fields: ['title', 'legacyPaths', 'updatedAt', 'publishedAt', 'body'] };
  return (await api.get<{ data: Stored[] }>(`/api/${collection}?${cmsQuery({ status, filters: { documentId: { $eq: documentId } }, ...query })}`)).data[0];
};

const storedBlocks = (collection: Collection, body: unknown): BlocksContent =>
  collection === 'articles' || collection === 'pages'
    ? ((body as Array<{ __component: string; content?: BlocksContent }> | null) ?? []).flatMap((b) => (b.__component === 'blocks.rich-text' ? (b.content ?? []) : []))
    : ((body as BlocksContent | null) ?? []);

/** True when the stored entry has the plan's title and text. */
export const sameContent = async (api: CmsApi, collection: Collection, documentId: string, plan: ImportPlan): Promise<boolean> => {
  const stored = await read(api, collection, documentId, 'draft');
  return stored !== undefined && comparable(stored.title, storedBlocks(collection, stored.body)) === planText(plan);
};

const lines = (text: string | null | undefined): string[] => (text ?? '').split('\n').map((l) => l.trim()).filter(Boolean);


export type AddedOldPath = { added: boolean; published: boolean; draftOnly: boolean };

/**
 * Adds an old address to an entry's « Anciennes adresses », on its published version too when it
 * has one (the site's redirects are built from it), unless an editor's draft waits for publication:
 * then only the draft gets it (`draftOnly`), and never is their work published by an import.
 * `added` is false when it was already there.
 */
export const addOldPath = async (api: CmsApi, collection: Collection, documentId: string, oldPath: string | null, dryRun: boolean): Promise<AddedOldPath> => {
  const draft = await read(api, collection, documentId, 'draft');
  const live = await read(api, collection, documentId, 'published');
  // A draft saved after the last publication (publishing saves the draft first, then stamps the
  // published version): publishing the old address would publish an editor's pending work too.
  const pending = live !== undefined && Date.parse(draft?.updatedAt ?? '') > Date.parse(live.publishedAt ?? live.updatedAt ?? '');
  const paths = lines(draft?.legacyPaths);
  const published = live !== undefined;
  // Still waiting from an earlier run: in the draft, not yet on the live version.
  if (!oldPath || paths.includes(oldPath)) return { added: false, published, draftOnly: Boolean(oldPath) && published && !lines(live.legacyPaths).includes(oldPath ?? '') };
  if (!dryRun) await api.send('PUT', `/api/${collection}/${documentId}?status=${published && !pending ? 'published' : 'draft'}`, { data: { legacyPaths: [...paths, oldPath].join('\n') } });
  return { added: true, published, draftOnly: published && pending };
};
