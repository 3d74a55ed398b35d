import type { Loader, LoaderContext } from 'astro/loaders';
import { contentTypes, isCollectionTypeName, type CollectionTypeName, type SingleTypeName } from '@bluehats/content-types';
import { recordChanges } from './build-changes';
import { contentSource } from './content-source';

// One source for the whole build, so its request counter covers every collection.
const source = contentSource();

export const contentStats = source.stats;

type Keyed = { documentId: string; slug?: string | null; updatedAt?: string; publishedAt?: string | null };

const entryId = (entry: { documentId: string; slug?: string | null }): string => entry.slug ?? entry.documentId;

// Publishing an empty site over a good one is the worst failure a static build can have.
const mustHaveEntries: ReadonlySet<CollectionTypeName> = new Set(['articles', 'pages']);

/** The collections whose entries come embedded in this one's, read from the generated registry. */
const dependencies = (name: CollectionTypeName): readonly CollectionTypeName[] => contentTypes[name].embeds.filter(isCollectionTypeName);

type SyncState = { since: string; dependencyCounts: Record<string, number> };

const META_KEY = 'bluehats-sync';

// Several loaders ask for the same keys (articles are a dependency of tags and of project calls):
// each question is sent once per build. Short-lived, so a dev server's next sync asks again.
const asked = new Map<string, { at: number; answer: Promise<unknown> }>();

/** Forgets the answers of the previous sync: the fast rebuild syncs many times in one process. */
export const forgetAnswers = (): void => asked.clear();
const once = <T>(question: string, ask: () => Promise<T>): Promise<T> => {
  const previous = asked.get(question);
  if (previous && Date.now() - previous.at < 60_000) return previous.answer as Promise<T>;
  const answer = ask();
  asked.set(question, { at: Date.now(), answer });
  return answer;
};
const keysOf = (name: CollectionTypeName, list: NonNullable<typeof source.listKeys>) => once(`keys:${name}`, () => list(name));
const countOf = (name: CollectionTypeName, count: NonNullable<typeof source.count>) => once(`count:${name}`, () => count(name));
const changedSince = (name: CollectionTypeName, since: string) => once(`changed:${name}:${since}`, () => source.findAll(name, { changedSince: since }));

const latestDate = (entries: Keyed[], fallback: string): string =>
  entries.reduce((latest, e) => [e.updatedAt, e.publishedAt].reduce((l: string, d) => (d && d > l ? d : l), latest), fallback);

/**
 * What changed since the last build, without fetching unchanged entries: the entries edited or
 * published since then, and the ids of all published ones. Returns null when everything must be
 * fetched: first build, a source that cannot count, or an embedded type (quote, video, tag…) that
 * changed, since the embedding entries' own dates do not show it.
 *
 * Removals are seen by counting: the entries known before plus the new ones among the changed must
 * make the published count, or some were removed and the keys are listed (N/100 small requests).
 */
const delta = async (name: CollectionTypeName, state: SyncState | undefined, known: readonly string[]) => {
  const { count, listKeys } = source;
  if (!state?.dependencyCounts || !count || !listKeys) return null;
  const dependencyCounts: Record<string, number> = {};
  for (const dependency of dependencies(name)) {
    const [changed, total] = await Promise.all([changedSince(dependency, state.since), countOf(dependency, count)]);
    dependencyCounts[dependency] = total;
    if (changed.length > 0 || total !== state.dependencyCounts[dependency]) return null;
  }
  const [changed, total] = await Promise.all([changedSince(name, state.since) as Promise<Keyed[]>, countOf(name, count)]);
  const keys = new Set([...known, ...changed.map(entryId)]);
  if (keys.size !== total) {
    const listed = await keysOf(name, listKeys);
    return { changed, keys: new Set(listed.map(entryId)), dependencyCounts };
  }
  return { changed, keys, dependencyCounts };
};

const dependencyCountsNow = async (name: CollectionTypeName): Promise<Record<string, number>> => {
  const counts: Record<string, number> = {};
  const count = source.count;
  if (!count) return counts;
  for (const dependency of dependencies(name)) counts[dependency] = await countOf(dependency, count);
  return counts;
};

/** What the loaders use of Astro's loader context; the fast rebuild provides the same over its memory. */
export type SyncContext = {
  store: Pick<LoaderContext['store'], 'keys' | 'get' | 'set' | 'delete' | 'clear'>;
  meta: Pick<LoaderContext['meta'], 'get' | 'set'>;
  parseData: LoaderContext['parseData'];
  generateDigest: LoaderContext['generateDigest'];
  logger: Pick<LoaderContext['logger'], 'info'>;
};

export const loadCollection = async (name: CollectionTypeName, { store, meta, parseData, generateDigest, logger }: SyncContext): Promise<void> => {
  const saved = meta.get(META_KEY);
  const state = saved ? (JSON.parse(saved) as SyncState) : undefined;
  const partial = store.keys().length > 0 ? await delta(name, state, store.keys()) : null;
  const entries = partial ? partial.changed : ((await source.findAll(name)) as Keyed[]);
  const present = partial ? partial.keys : new Set(entries.map(entryId));
  if (present.size === 0 && source.kind === 'cms' && mustHaveEntries.has(name) && process.env.ALLOW_EMPTY_SITE !== '1') {
    throw new Error(
      `Aucune entrée publiée dans ${name} : construction arrêtée pour ne pas remplacer le site en ligne par un site vide (ALLOW_EMPTY_SITE=1 pour passer outre).`,
    );
  }
  const added: string[] = [];
  const modified: string[] = [];
  for (const entry of entries) {
    const id = entryId(entry);
    const digest = generateDigest(entry as unknown as Record<string, unknown>);
    const previous = store.get(id);
    if (previous?.digest === digest) continue;
    store.set({ id, data: await parseData({ id, data: entry as unknown as Record<string, unknown> }), digest });
    (previous ? modified : added).push(id);
  }
  const deleted = store.keys().filter((id) => !present.has(id));
  for (const id of deleted) store.delete(id);
  recordChanges(name, { full: !partial, added, modified, deleted });
  meta.set(
    META_KEY,
    JSON.stringify({
      since: latestDate(entries, state?.since ?? '1970-01-01T00:00:00.000Z'),
      dependencyCounts: partial?.dependencyCounts ?? (await dependencyCountsNow(name)),
    } satisfies SyncState),
  );
  logger.info(
    `${present.size} entrées publiées${partial ? `, ${entries.length} relues depuis la dernière construction` : ''} ; ` +
      `${added.length} nouvelles, ${modified.length} modifiées, ${deleted.length} retirées.`,
  );
};

/**
 * Loads the published entries of a collection type into Astro's store, keyed by slug. After a
 * first build, only entries edited or published since are fetched, and only those whose digest
 * changed are parsed again; entries gone from the CMS (deleted or unpublished) are removed.
 */
export const strapiCollection = (name: CollectionTypeName): Loader => ({
  name: `strapi:${name}`,
  load: (context) => loadCollection(name, context),
});

/** A single type becomes a collection of one entry whose id is the type's name. */
export const strapiSingle = (name: SingleTypeName): Loader => ({
  name: `strapi:${name}`,
  load: (context) => loadSingle(name, context),
});

export const loadSingle = async (name: SingleTypeName, { store, parseData, generateDigest }: SyncContext): Promise<void> => {
  const entry = await source.findSingle(name);
  if (!entry) {
    store.clear();
    return;
  }
  const digest = generateDigest(entry as unknown as Record<string, unknown>);
  const unchanged = store.get(name)?.digest === digest;
  recordChanges(name, { full: false, added: [], modified: unchanged ? [] : [name], deleted: [] });
  if (unchanged) return;
  store.clear();
  store.set({ id: name, data: await parseData({ id: name, data: entry as unknown as Record<string, unknown> }), digest });
};
