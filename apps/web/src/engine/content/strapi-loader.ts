import type { Loader, LoaderContext } from 'astro/loaders';
import { contentTypeNames, contentTypes, isCollectionTypeName, type CollectionTypeName, type SingleTypeName } from '@bluehats/content-types';
import { collectionOf, DEFAULT_LOCALE, localeOf, localesOf, questionKey, type Locale } from '../../lib/i18n/locales';
import { lastEdit } from '@bluehats/strapi-client';
import { recordChanges } from './build-changes';
import { contentSource } from './content-source';
import { offerAnswer, takeAnswer } from './prefetched-answers';
import { removedAmong } from './removed-entries';

// One source for every collection of this module graph, so its request counter covers them all
// (the config's graph has its own, for the reads asked ahead: prefetch-content).
const source = contentSource();

export const contentStats = source.stats;

type Keyed = { documentId: string; id?: number; slug?: string | null; updatedAt?: string; publishedAt?: string | null };

const entryId = (entry: { documentId: string; slug?: string | null }): string => entry.slug ?? entry.documentId;

// Publishing an empty site over a good one is the worst failure a static build can have.
const mustHaveEntries: ReadonlySet<CollectionTypeName> = new Set(['articles', 'pages']);

/** The collections whose entries come embedded in this one's, read from the generated registry. */
const dependencies = (name: CollectionTypeName): readonly CollectionTypeName[] => contentTypes[name].embeds.filter(isCollectionTypeName);

/**
 * `dependencyBoundary`: per embedded type, the latest edit of it already followed into this
 * collection, and the entries edited at that very instant (asked with `$gte`, they come back): an
 * edit is followed into the entries embedding it once, not at every sync after it.
 */
type Boundary = { since: string; ids: string[] };
// `empty`: the collection had no entry at the last sync (an English one before any translation): an
// empty store is then that state, not a first build, and the next sync asks only what changed.
type SyncState = { since: string; dependencyCounts: Record<string, number>; dependencyBoundary?: Record<string, Boundary>; empty?: boolean };

const META_KEY = 'bluehats-sync';

// Several loaders ask for the same keys (articles are a dependency of tags and of project calls):
// each question is sent once per build. Short-lived, so a dev server's next sync asks again.
const asked = new Map<string, { at: number; answer: Promise<unknown> }>();

/** Forgets the answers of the previous sync: the fast rebuild syncs many times in one process. */
export const forgetAnswers = (): void => asked.clear();
const once = <T>(question: string, ask: () => Promise<T>): Promise<T> => {
  const previous = asked.get(question);
  if (previous && Date.now() - previous.at < 60_000) return previous.answer as Promise<T>;
  const answer = (takeAnswer(question) as Promise<T> | undefined) ?? ask();
  asked.set(question, { at: Date.now(), answer });
  return answer;
};
// Each question names its locale, but French's keeps the name it had before the site spoke English.
const keysOf = (name: CollectionTypeName, locale: Locale, list: NonNullable<typeof source.listKeys>) => once(questionKey(`keys:${name}`, locale), () => list(name, locale));
const countOf = (name: CollectionTypeName, locale: Locale, count: NonNullable<typeof source.count>) => once(questionKey(`count:${name}`, locale), () => count(name, locale));
/**
 * The documents of `known` no longer published (removed-entries.ts), asked once per sync: a type's
 * own loader and those of the types embedding it know the same published entries, and find the same.
 * Null when a known entry has no row id, or the counts did not add up: the caller lists every key.
 */
const removedOf = (name: CollectionTypeName, locale: Locale, known: ReadonlyArray<{ documentId: string; id?: number | undefined }>, lost: number) =>
  once(questionKey(`removed:${name}`, locale), async () => {
    const { count, listKeys } = source;
    const rows = known.flatMap((entry) => (typeof entry.id === 'number' ? [{ documentId: entry.documentId, row: entry.id }] : []));
    if (!count || !listKeys || rows.length !== known.length) return null;
    return removedAmong(rows, lost, { count: (range) => count(name, locale, range), list: (range) => listKeys(name, locale, range) });
  });
const markOf = (name: CollectionTypeName, locale: Locale, mark: NonNullable<typeof source.mark>) => once(questionKey(`mark:${name}`, locale), () => mark(name, locale));
const changedSince = (name: CollectionTypeName, locale: Locale, since: string) =>
  once(questionKey(`changed:${name}:${since}`, locale), () => source.findAll(name, { changedSince: since, locale }));
// Not kept like the answers above: a dev server's next sync of an empty collection must ask again.
const everyEntry = (name: CollectionTypeName, locale: Locale) =>
  (takeAnswer(questionKey(`all:${name}`, locale)) as ReturnType<typeof source.findAll> | undefined) ?? source.findAll(name, { locale });
const singleEntry = (name: SingleTypeName, locale: Locale) =>
  (takeAnswer(questionKey(`single:${name}`, locale)) as ReturnType<typeof source.findSingle> | undefined) ?? source.findSingle(name, locale);

const latestDate = (entries: Keyed[], fallback: string): string =>
  entries.reduce((latest, entry) => (lastEdit(entry) > latest ? lastEdit(entry) : latest), fallback);

/** Every documentId an entry's data holds, at any depth (its relations, the entries its blocks embed). */
const documentIdsIn = (value: unknown, found: Set<string> = new Set()): Set<string> => {
  if (Array.isArray(value)) for (const item of value) documentIdsIn(item, found);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'documentId' && typeof item === 'string') found.add(item);
      else documentIdsIn(item, found);
    }
  }
  return found;
};

/**
 * The entries of this collection whose embedded copy of an edited entry is now stale: those that
 * embedded it before (read in the store) and those it names now (an article's new tags). Only
 * these are asked again: an article edit re-reads its few tags, not every tag with all its articles.
 */
const embeddingEntries = (store: SyncContext['store'], edited: readonly Keyed[]): string[] => {
  const editedIds = new Set(edited.map((entry) => entry.documentId));
  const ours = new Set<string>();
  const touched = new Set<string>();
  for (const id of store.keys()) {
    const data = store.get(id)?.data;
    const documentId = typeof data?.documentId === 'string' ? data.documentId : null;
    if (!data || !documentId) continue;
    ours.add(documentId);
    if ([...documentIdsIn(data)].some((embedded) => editedIds.has(embedded))) touched.add(documentId);
  }
  for (const documentId of documentIdsIn(edited)) if (ours.has(documentId)) touched.add(documentId);
  return [...touched];
};

/** A stored entry's document and the row of its published version (Strapi's `id`). */
export type PublishedEntry = { documentId: string; id?: number };

export const publishedEntry = (data: unknown): PublishedEntry | undefined => {
  const fields = data as { documentId?: unknown; id?: unknown } | undefined;
  if (typeof fields?.documentId !== 'string') return undefined;
  return typeof fields.id === 'number' ? { documentId: fields.documentId, id: fields.id } : { documentId: fields.documentId };
};

/** The store's entries, each with its key, its document and the row of its published version. */
const storedEntries = (store: SyncContext['store']): Array<PublishedEntry & { key: string }> =>
  store.keys().flatMap((key) => {
    const entry = publishedEntry(store.get(key)?.data);
    return entry ? [{ key, ...entry }] : [];
  });

/**
 * What changed since the last build, without fetching unchanged entries: the entries edited or
 * published since then, those that embed an edited, added or removed entry of another type, and
 * the ids of all published ones. Returns null when everything must be fetched: first build, a
 * source that cannot count, or an embedded type whose entries were added or removed when the
 * context cannot say which entries that type held before (Astro's content layer: each loader sees
 * its own collection only).
 *
 * Removals are seen by counting: the entries known before plus the new ones among the changed must
 * make the published count, or some were removed and the keys are listed (N/100 small requests,
 * asked once per sync for every loader that needs them). So for an embedded type: the entries that
 * embedded one of its removed entries are read again, not the whole collection (an article
 * unpublished re-reads its three tags, not the thirty tags with their thousand articles each).
 */
const delta = async (name: CollectionTypeName, locale: Locale, state: SyncState | undefined, { store, publishedBefore }: Pick<SyncContext, 'store' | 'publishedBefore'>) => {
  const { count, listKeys } = source;
  if (!state?.dependencyCounts || !count || !listKeys) return null;
  const dependencyCounts: Record<string, number> = {};
  const dependencyBoundary: Record<string, Boundary> = {};
  const editedElsewhere: Keyed[] = [];
  const removedElsewhere: string[] = [];
  for (const dependency of dependencies(name)) {
    const from = state.dependencyBoundary?.[dependency] ?? { since: state.since, ids: [] };
    const dependencyLocale = localeOf(dependency, locale);
    const [changed, total] = await Promise.all([changedSince(dependency, dependencyLocale, from.since) as Promise<Keyed[]>, countOf(dependency, dependencyLocale, count)]);
    dependencyCounts[dependency] = total;
    const before = publishedBefore?.(collectionOf(dependency, dependencyLocale));
    if (!before) {
      if (total !== state.dependencyCounts[dependency]) return null;
    } else {
      // Every published entry of the embedded type was there before or changed since: more known than published, some went.
      const changedIds = new Set(changed.map((entry) => entry.documentId));
      const known = [...before.filter((entry) => !changedIds.has(entry.documentId)), ...changed];
      if (known.length !== total) {
        const removed = await removedOf(dependency, dependencyLocale, known, known.length - total);
        const now = removed ? null : new Set((await keysOf(dependency, dependencyLocale, listKeys)).map((key) => key.documentId));
        removedElsewhere.push(...(removed ?? before.map((entry) => entry.documentId).filter((documentId) => !now?.has(documentId))));
      }
    }
    const since = latestDate(changed, from.since);
    const atSince = changed.filter((entry) => lastEdit(entry) === since).map((entry) => entry.documentId);
    dependencyBoundary[dependency] = { since, ids: since === from.since ? [...new Set([...from.ids, ...atSince])] : atSince };
    editedElsewhere.push(...changed.filter((entry) => !(lastEdit(entry) === from.since && from.ids.includes(entry.documentId))));
  }
  const [own, total] = await Promise.all([changedSince(name, locale, state.since) as Promise<Keyed[]>, countOf(name, locale, count)]);
  const ownIds = new Set(own.map((entry) => entry.documentId));
  const elsewhere = [...editedElsewhere, ...removedElsewhere.map((documentId) => ({ documentId }))];
  const stale = elsewhere.length > 0 ? embeddingEntries(store, elsewhere).filter((documentId) => !ownIds.has(documentId)) : [];
  const changed = stale.length > 0 ? [...own, ...((await source.findAll(name, { documentIds: stale, locale })) as Keyed[])] : own;
  // By document: an entry read again under a new key (a renamed slug) is not one entry more.
  const changedIds = new Set(changed.map((entry) => entry.documentId));
  const kept = storedEntries(store).filter((entry) => !changedIds.has(entry.documentId));
  const keys = new Set([...kept.map((entry) => entry.key), ...changed.map(entryId)]);
  if (keys.size === total) return { changed, keys, dependencyCounts, dependencyBoundary };
  const removed = keys.size > total ? await removedOf(name, locale, [...kept, ...changed], keys.size - total) : null;
  if (removed) {
    const gone = new Set(removed);
    return { changed, keys: new Set([...kept.filter((entry) => !gone.has(entry.documentId)).map((entry) => entry.key), ...changed.map(entryId)]), dependencyCounts, dependencyBoundary };
  }
  const listed = await keysOf(name, locale, listKeys);
  return { changed, keys: new Set(listed.map(entryId)), dependencyCounts, dependencyBoundary };
};

/**
 * Taken before a full read of a collection, so that the read holds every edit of the types it embeds
 * up to these marks: the next sync follows only the edits made after them. Without it, the first
 * sync after a full build would take every article edited since the tags' own latest edit for new.
 */
const dependencyMarks = async (name: CollectionTypeName, locale: Locale): Promise<Pick<SyncState, 'dependencyCounts' | 'dependencyBoundary'>> => {
  const mark = source.mark;
  const state = { dependencyCounts: {} as Record<string, number>, dependencyBoundary: {} as Record<string, Boundary> };
  if (!mark) return state;
  for (const dependency of dependencies(name)) {
    const { total, latest, atLatest } = await markOf(dependency, localeOf(dependency, locale), mark);
    state.dependencyCounts[dependency] = total;
    state.dependencyBoundary[dependency] = { since: latest, ids: atLatest };
  }
  return state;
};

/**
 * Asks now what the loaders of a full build (empty store) will ask: the marks of the types each
 * collection embeds, then all its entries; each single type. Called while Astro starts, so that
 * Strapi answers during the seconds before the content sync instead of after them.
 */
export const prefetchFullBuild = (): void => {
  const { mark } = source;
  if (source.kind !== 'cms' || !mark) return;
  for (const name of contentTypeNames) {
    for (const locale of localesOf(name)) {
      if (!isCollectionTypeName(name)) {
        offerAnswer(questionKey(`single:${name}`, locale), source.findSingle(name, locale));
        continue;
      }
      // The marks come before the read, as in loadCollection: the read holds every edit up to them.
      const marks = dependencies(name).map((dependency) => {
        const dependencyLocale = localeOf(dependency, locale);
        const answer = markOf(dependency, dependencyLocale, mark);
        offerAnswer(questionKey(`mark:${dependency}`, dependencyLocale), answer);
        return answer;
      });
      offerAnswer(questionKey(`all:${name}`, locale), Promise.all(marks).then(() => source.findAll(name, { locale })));
    }
  }
};

/** What the loaders use of Astro's loader context; the fast rebuild provides the same over its memory. */
export type SyncContext = {
  store: Pick<LoaderContext['store'], 'keys' | 'get' | 'set' | 'delete' | 'clear'>;
  meta: Pick<LoaderContext['meta'], 'get' | 'set'>;
  parseData: LoaderContext['parseData'];
  generateDigest: LoaderContext['generateDigest'];
  logger: Pick<LoaderContext['logger'], 'info'>;
  /**
   * The published entries a collection of the site held when this sync began (document and row),
   * where the caller knows them (the fast rebuild syncs every collection of its memory at once):
   * what a type embedded in this one lost is then told without reading this whole collection again.
   */
  publishedBefore?: (collection: string) => readonly PublishedEntry[] | undefined;
};

export const loadCollection = async (name: CollectionTypeName, locale: Locale, { store, meta, parseData, generateDigest, logger, publishedBefore }: SyncContext): Promise<void> => {
  const saved = meta.get(META_KEY);
  const state = saved ? (JSON.parse(saved) as SyncState) : undefined;
  const partial = store.keys().length > 0 || state?.empty === true ? await delta(name, locale, state, { store, publishedBefore }) : null;
  const marks = partial ?? (await dependencyMarks(name, locale));
  const entries = partial ? partial.changed : ((await everyEntry(name, locale)) as Keyed[]);
  const present = partial ? partial.keys : new Set(entries.map(entryId));
  if (present.size === 0 && source.kind === 'cms' && locale === DEFAULT_LOCALE && mustHaveEntries.has(name) && process.env.ALLOW_EMPTY_SITE !== '1') {
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
  recordChanges(questionKey(name, locale), { full: !partial, added, modified, deleted });
  meta.set(
    META_KEY,
    JSON.stringify({
      since: latestDate(entries, state?.since ?? '1970-01-01T00:00:00.000Z'),
      dependencyCounts: marks.dependencyCounts,
      dependencyBoundary: marks.dependencyBoundary,
      ...(present.size === 0 ? { empty: true } : {}),
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
export const strapiCollection = (name: CollectionTypeName, locale: Locale = DEFAULT_LOCALE): Loader => ({
  name: questionKey(`strapi:${name}`, locale),
  load: (context) => loadCollection(name, locale, context),
});

/** A single type becomes a collection of one entry whose id is the type's name. */
export const strapiSingle = (name: SingleTypeName, locale: Locale = DEFAULT_LOCALE): Loader => ({
  name: questionKey(`strapi:${name}`, locale),
  load: (context) => loadSingle(name, locale, context),
});

export const loadSingle = async (name: SingleTypeName, locale: Locale, { store, parseData, generateDigest }: SyncContext): Promise<void> => {
  const entry = await singleEntry(name, locale);
  if (!entry) {
    store.clear();
    return;
  }
  const digest = generateDigest(entry as unknown as Record<string, unknown>);
  const unchanged = store.get(name)?.digest === digest;
  recordChanges(questionKey(name, locale), { full: false, added: [], modified: unchanged ? [] : [name], deleted: [] });
  if (unchanged) return;
  store.clear();
  store.set({ id: name, data: await parseData({ id: name, data: entry as unknown as Record<string, unknown> }), digest });
};
