import {
  contentTypes,
  type CollectionTypeName,
  type ContentTypeName,
  type EntryOf,
  type Locale,
  type SingleTypeName,
} from '@bluehats/content-types';
import type { z } from 'zod';
import { asPublished } from './as-published';
import { CollectionEnvelopeSchema, SingleEnvelopeSchema } from './envelope';
import { shortUrl } from './describe-failure';
import { StrapiClientError } from './errors';
import { createHttp, type Stats } from './http';
import { mapWithConcurrency } from './pool';
import { lastEdit, type Dated } from './last-edit';
import { toQueryString, type QueryObject } from './query';
import { validateEntries } from './validate-entries';

/** Strapi's REST maxLimit (apps/cms/config/api.ts): larger page sizes are silently capped. */
const MAX_PAGE_SIZE = 100;

export type StrapiClientOptions = {
  /** Root URL of the CMS, e.g. http://localhost:1337 (without /api). */
  url: string;
  /** Read-only API token; omit to use the Public role. Sent as a header, never logged. */
  token?: string | undefined;
  pageSize?: number;
  concurrency?: number;
  timeoutMs?: number;
  /** Additional attempts after a network error, a timeout or a 5xx. */
  retries?: number;
  /** First backoff delay; doubles at each retry. */
  retryDelayMs?: number;
  fetch?: typeof globalThis.fetch;
  /**
   * Checks each entry of findAll and findSingle against its type's schema (default). False for a
   * caller that parses every entry with the same schema itself (the site's loaders, through Astro's
   * parseData, which names the collection, entry and field): twice is 0.3 s of a 2,000-article build.
   */
  validate?: boolean;
};

/** Which language to read; omitted, Strapi answers in the default one (French) and the request is unchanged. */
export type LocaleOption = { locale?: Locale | undefined };

export type FindOptions = LocaleOption & {
  changedSince?: string | undefined;
  /** Only these documents (those an edit elsewhere can have changed), asked by groups small enough for a URL. */
  documentIds?: readonly string[] | undefined;
};

// 50 documentIds (24 characters each, encoded) keep a request's URL far below the usual 8 KB limits.
const IDS_PER_REQUEST = 50;

export type EntryKey = { documentId: string; slug: string | null };

/**
 * Published rows whose numeric id is in [from, to]: a part of a type's entries to count or list
 * without reading them all (how the site's loaders find which of 10,000 articles went, in a few
 * small requests). Row ids are numbers: no collation of either database orders them differently.
 */
export type RowRange = { from: number; to: number };

export type RangeOption = LocaleOption & { rows?: RowRange | undefined };

/** How far a type's published entries go: their number, their latest edit or publication, and the entries of that instant. */
export type ChangeMark = { total: number; latest: string; atLatest: string[] };

const EPOCH = '1970-01-01T00:00:00.000Z';

export type StrapiClient = {
  /** Every published entry; with `changedSince`, only those edited or published since that instant. */
  findAll<K extends CollectionTypeName>(name: K, options?: FindOptions): Promise<EntryOf<K>[]>;
  /** documentId and slug of every published entry (of `rows` only, when given), without their content: how deletions are seen. */
  listKeys(name: CollectionTypeName, options?: RangeOption): Promise<EntryKey[]>;
  /** How many entries are published (in `rows`, when given), in one small request: enough to see that none was removed. */
  count(name: CollectionTypeName, options?: RangeOption): Promise<number>;
  /** Where a type's edits stand now, in two small requests: what a full read taken after it holds at least. */
  mark(name: CollectionTypeName, options?: LocaleOption): Promise<ChangeMark>;
  /** The single type's entry; in a language it has no version in, Strapi answers 404 (a StrapiClientError). */
  findSingle<K extends SingleTypeName>(name: K, options?: LocaleOption): Promise<EntryOf<K>>;
  /** One document by documentId, draft or published (editors' preview); null when it does not exist (in that language). */
  findDocument<K extends CollectionTypeName>(name: K, documentId: string, status: 'draft' | 'published', options?: LocaleOption): Promise<EntryOf<K> | null>;
  readonly stats: Readonly<Stats>;
};

// The registry pairs each key with its schema; TypeScript cannot follow that through a generic index.
const schemaOf = <K extends ContentTypeName>(name: K): z.ZodType<EntryOf<K>> =>
  contentTypes[name].schema as unknown as z.ZodType<EntryOf<K>>;

export const createStrapiClient = ({
  url,
  token,
  pageSize = MAX_PAGE_SIZE,
  concurrency = 4,
  timeoutMs = 15_000,
  retries = 3,
  retryDelayMs = 250,
  fetch = globalThis.fetch,
  validate = true,
}: StrapiClientOptions): StrapiClient => {
  const stats: Stats = { requests: 0, bytes: 0 };
  const http = createHttp({ fetch, token, timeoutMs, retries, retryDelayMs, stats });
  const base = url.replace(/\/+$/, '');
  const size = Math.max(1, Math.min(MAX_PAGE_SIZE, Math.floor(pageSize)));

  // The locale goes last and only when asked, so that French requests stay byte for byte what they were.
  const withLocale = (query: QueryObject, { locale }: LocaleOption): string => toQueryString(locale ? { ...query, locale } : query);
  const endpoint = (name: ContentTypeName, query: QueryObject, options: LocaleOption = {}): string => `${base}/api/${name}?${withLocale(query, options)}`;

  const unexpected = (name: ContentTypeName, requestUrl: string, reason: string) =>
    http.fail(`Réponse inattendue de ${shortUrl(requestUrl)} pour ${name} : ${reason}`, {
      kind: 'http',
      url: requestUrl,
      contentType: name,
    });

  const describeIssue = (issue: z.ZodIssue | undefined): string =>
    issue ? `${issue.path.join('.') || '(racine)'} — ${issue.message}` : 'format inconnu';

  // Publishing copies the draft, whose updatedAt may be older than the last build: check both dates.
  const changedFilter = (since: string | undefined): QueryObject | undefined =>
    since ? { $or: { 0: { updatedAt: { $gte: since } }, 1: { publishedAt: { $gte: since } } } } : undefined;

  // The envelope of a list answer, or an error naming the URL and what was wrong with it.
  const getList = async (name: CollectionTypeName, requestUrl: string) => {
    const envelope = CollectionEnvelopeSchema.safeParse(await http.getJson(requestUrl, name));
    if (!envelope.success) throw unexpected(name, requestUrl, describeIssue(envelope.error.issues[0]));
    return envelope.data;
  };

  const idsFilter = (ids: readonly string[] | undefined): QueryObject | undefined => (ids ? { documentId: { $in: Object.fromEntries(ids.map((id, i) => [i, id])) } } : undefined);
  const rowsFilter = (rows: RowRange | undefined): QueryObject | undefined => (rows ? { id: { $gte: rows.from, $lte: rows.to } } : undefined);
  // The locale alone: a range is a filter, never a query parameter of its own.
  const localeOf = ({ locale }: LocaleOption): LocaleOption => (locale ? { locale } : {});

  const fetchPage = async <K extends CollectionTypeName>(name: K, page: number, options: FindOptions = {}) => {
    const requestUrl = endpoint(name, {
      populate: contentTypes[name].populate,
      filters: idsFilter(options.documentIds) ?? changedFilter(options.changedSince),
      pagination: { page, pageSize: size, withCount: page === 1 },
      // A stable order, or entries could shift between pages.
      sort: { 0: 'id:asc' },
    }, options);
    const envelope = await getList(name, requestUrl);
    const entries = validate ? validateEntries(schemaOf(name), envelope.data, { url: requestUrl, contentType: name, fail: http.fail }) : (envelope.data as EntryOf<K>[]);
    const { pageCount } = envelope.meta.pagination;
    if (page === 1 && pageCount === undefined) throw unexpected(name, requestUrl, 'meta.pagination.pageCount manquant');
    return { entries, pageCount: pageCount ?? 0 };
  };

  const findPages = async <K extends CollectionTypeName>(name: K, options: FindOptions) => {
    const first = await fetchPage(name, 1, options);
    const rest = Array.from({ length: Math.max(0, first.pageCount - 1) }, (_, index) => index + 2);
    const pages = await mapWithConcurrency(rest, concurrency, (page) => fetchPage(name, page, options));
    return [first, ...pages].flatMap((page) => page.entries);
  };

  return {
    stats,
    async findAll(name, options = {}) {
      const { documentIds } = options;
      if (!documentIds) return findPages(name, options);
      const groups = Array.from({ length: Math.ceil(documentIds.length / IDS_PER_REQUEST) }, (_, i) =>
        documentIds.slice(i * IDS_PER_REQUEST, (i + 1) * IDS_PER_REQUEST),
      );
      return (await mapWithConcurrency(groups, concurrency, (group) => findPages(name, { documentIds: group, locale: options.locale }))).flat();
    },
    async listKeys(name, options = {}) {
      const shape = (contentTypes[name].schema as { shape?: Record<string, unknown> }).shape ?? {};
      const hasSlug = 'slug' in shape;
      const keysPage = async (page: number) => {
        const requestUrl = endpoint(name, {
          fields: hasSlug ? { 0: 'documentId', 1: 'slug' } : { 0: 'documentId' },
          filters: rowsFilter(options.rows),
          pagination: { page, pageSize: size, withCount: page === 1 },
          sort: { 0: 'id:asc' },
        }, localeOf(options));
        const envelope = await getList(name, requestUrl);
        const keys = (envelope.data as Array<Record<string, unknown>>).map((entry) => ({
          documentId: String(entry.documentId),
          slug: typeof entry.slug === 'string' ? entry.slug : null,
        }));
        return { keys, pageCount: envelope.meta.pagination.pageCount ?? 0 };
      };
      const first = await keysPage(1);
      const rest = Array.from({ length: Math.max(0, first.pageCount - 1) }, (_, index) => index + 2);
      const pages = await mapWithConcurrency(rest, concurrency, keysPage);
      return [first, ...pages].flatMap((page) => page.keys);
    },
    async count(name, options = {}) {
      const requestUrl = endpoint(name, { fields: { 0: 'documentId' }, filters: rowsFilter(options.rows), pagination: { page: 1, pageSize: 1, withCount: true } }, localeOf(options));
      const { total } = (await getList(name, requestUrl)).meta.pagination;
      if (total === undefined) throw unexpected(name, requestUrl, 'meta.pagination.total manquant');
      return total;
    },
    async mark(name, options = {}) {
      // Publishing copies the draft, whose updatedAt may be older: the entry last edited by either date.
      const latestBy = async (field: 'updatedAt' | 'publishedAt') => {
        const requestUrl = endpoint(name, {
          fields: { 0: 'documentId', 1: 'updatedAt', 2: 'publishedAt' },
          sort: { 0: `${field}:desc` },
          pagination: { page: 1, pageSize: 1, withCount: field === 'updatedAt' },
        }, options);
        const envelope = await getList(name, requestUrl);
        const [top] = envelope.data as Array<Dated & { documentId?: unknown }>;
        return { total: envelope.meta.pagination.total ?? 0, documentId: typeof top?.documentId === 'string' ? top.documentId : null, latest: (top && lastEdit(top)) || EPOCH };
      };
      const tops = await Promise.all([latestBy('updatedAt'), latestBy('publishedAt')]);
      const latest = tops.map((top) => top.latest).sort().at(-1) ?? EPOCH;
      const atLatest = [...new Set(tops.filter((top) => top.latest === latest && top.documentId).map((top) => top.documentId as string))];
      return { total: tops[0].total, latest, atLatest };
    },
    async findSingle(name, options = {}) {
      const requestUrl = endpoint(name, { populate: contentTypes[name].populate }, options);
      const envelope = SingleEnvelopeSchema.safeParse(await http.getJson(requestUrl, name));
      if (!envelope.success) throw unexpected(name, requestUrl, describeIssue(envelope.error.issues[0]));
      const [entry] = validate ? validateEntries(schemaOf(name), [envelope.data.data], { url: requestUrl, contentType: name, fail: http.fail }) : [envelope.data.data as EntryOf<typeof name>];
      if (entry === undefined) throw unexpected(name, requestUrl, 'data manquant');
      return entry;
    },
    async findDocument(name, documentId, status, options = {}) {
      const requestUrl = `${base}/api/${name}/${encodeURIComponent(documentId)}?${withLocale({ populate: contentTypes[name].populate, status }, options)}`;
      let body: unknown;
      try {
        body = await http.getJson(requestUrl, name);
      } catch (error) {
        if (error instanceof StrapiClientError && error.status === 404) return null;
        throw error;
      }
      const envelope = SingleEnvelopeSchema.safeParse(body);
      if (!envelope.success) throw unexpected(name, requestUrl, describeIssue(envelope.error.issues[0]));
      // A draft, and the drafts it embeds, have no publishedAt yet: preview shows them as they will be once published, i.e. now.
      const published = asPublished(envelope.data.data, new Date().toISOString());
      const [entry] = validateEntries(schemaOf(name), [published], { url: requestUrl, contentType: name, fail: http.fail });
      return entry ?? null;
    },
  };
};
