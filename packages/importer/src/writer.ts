import type { CmsApi } from './cms-api';
import type { BodyItem, PlannedImage, PlannedQuote, PlannedVideo } from './body-items';
import type { EventPlan } from './event-plan';
import type { FinishedPlan } from './finish-plan';
import type { ImageFile } from './images';
import { defaultLocale, type Locale } from '@bluehats/content-types';
import { cmsQuery } from './query-string';
import { collectionOf } from './site-routes';
import { plannedTags } from './tags';

/** What writing a plan did (or would do, in a dry run); read in French through ACTION_LABEL (outcome.ts). */
export type Action = 'created' | 'updated' | 'unchanged' | 'would-create' | 'would-update';
export type Written = { action: Action; documentId: string | null; published: boolean };

/**
 * In which language a plan is written: French (the default locale, as before) or English, either
 * as the `en` version of a French document (`translationOf`, its documentId) or as an English-only
 * document. `shared` names the fields that are the same in every language (a date, a media):
 * Strapi copies what one locale writes there to the others, so a translation never sends them.
 */
export type WriteLocale = { locale: Locale; translationOf: string | null; shared: readonly string[] };

const FRENCH: WriteLocale = { locale: defaultLocale, translationOf: null, shared: [] };

type Existing = { documentId: string; importDigest?: string | null; importSource?: string | null; legacyPaths?: string | null };
type Undo = () => Promise<unknown>;

const lines = (text: string | null | undefined): string[] => (text ?? '').split('\n').map((l) => l.trim()).filter(Boolean);

const transcriptPlaceholder = (video: PlannedVideo) => [
  { type: 'paragraph', children: [{ type: 'text', text: `Transcription à rédiger pour « ${video.title} » (vidéo importée).` }] },
];

// Events have no import fields: their identity is their own old address, their digest what they hold.
const EVENT_FIELDS = ['title', 'kind', 'summary', 'startsAt', 'endsAt', 'allDay', 'place', 'registrationUrl', 'slidesUrl', 'legacyPaths'];

// PostgreSQL's jsonb gives keys back in its own order: compare with sorted keys.
const canonical = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(canonical)
    : value && typeof value === 'object'
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, canonical(v)]))
      : value;

const eventFingerprint = (event: Record<string, unknown>): string =>
  JSON.stringify(canonical([
    EVENT_FIELDS.map((f) => event[f] ?? null),
    event.body ?? null,
    (event.recording as { embedUrl?: string } | null)?.embedUrl ?? null,
    (event.slides as { name?: string } | null)?.name ?? null,
  ]));

const plannedEventFingerprint = (plan: EventPlan, legacyPaths: string | null): string =>
  eventFingerprint({
    title: plan.title,
    kind: plan.eventKind,
    summary: plan.summary,
    startsAt: plan.startsAt,
    endsAt: plan.endsAt,
    allDay: plan.allDay,
    place: plan.place,
    registrationUrl: plan.registrationUrl,
    slidesUrl: plan.slidesUrl,
    legacyPaths,
    body: plan.body,
    recording: plan.recording,
    slides: plan.slides ? { name: plan.slides.fileName } : null,
  });

/** Refuses to touch an entry that another file (or an editor) owns, naming both sides. */
const ownershipProblem = (plan: FinishedPlan, existing: Existing, translationOf: string | null): string | null => {
  const collection = collectionOf(plan.kind);
  if (translationOf && existing.documentId === translationOf && existing.importSource !== plan.source) {
    return existing.importSource
      ? `la version anglaise de cette entrée vient déjà de ${existing.importSource} : rien n’est écrasé`
      : 'la version anglaise de cette entrée a été écrite dans l’administration : rien n’est écrasé';
  }
  if (plan.kind === 'event') {
    return plan.oldPath && lines(existing.legacyPaths).includes(plan.oldPath)
      ? null
      : `l’adresse « ${plan.slug} » est déjà celle d’un autre événement (${lines(existing.legacyPaths)[0] ?? 'écrit dans l’administration'}) : renommez le fichier ou ajoutez « slug: » à son en-tête`;
  }
  if (existing.importSource === plan.source) return null;
  return existing.importSource
    ? `l’adresse « ${plan.slug} » (${collection}) est déjà prise par l’import de ${existing.importSource} : rien n’est écrasé`
    : `l’adresse « ${plan.slug} » (${collection}) est déjà prise par une entrée écrite dans l’administration : renommez le fichier ou ajoutez « slug: » à son en-tête`;
};

/**
 * Writes one plan. Everything it creates on the way (uploads, quotes, videos, tags) is undone if a
 * later step fails, so a file that cannot be imported leaves nothing behind; the document itself
 * is written last, in one request.
 */
export const writePlan = async (
  api: CmsApi,
  plan: FinishedPlan,
  options: { publish: boolean; dryRun: boolean },
  /** The entry with this slug as read at the start of the run (null: none); events are always read again, whole. */
  known?: Existing | null,
  language: WriteLocale = FRENCH,
): Promise<Written> => {
  const collection = collectionOf(plan.kind);
  // French is the default locale: its requests stay those of a site without languages.
  const locale = language.locale === defaultLocale ? {} : { locale: language.locale };
  const localeParam = language.locale === defaultLocale ? '' : `&locale=${language.locale}`;
  const identity = language.translationOf ? { documentId: { $eq: language.translationOf } } : { slug: { $eq: plan.slug } };
  const own = plan.kind === 'event' ? { populate: { recording: { fields: ['embedUrl'] }, slides: { fields: ['name'] } } } : { fields: ['importDigest', 'importSource', 'legacyPaths'] };
  const existing =
    plan.kind !== 'event' && known !== undefined
      ? (known ?? undefined)
      : (
          await api.get<{ data: Array<Existing & Record<string, unknown>> }>(
            `/api/${collection}?${cmsQuery({ status: 'draft', ...locale, filters: identity, ...own })}`,
          )
        ).data[0];
  const problem = existing ? ownershipProblem(plan, existing, language.translationOf) : null;
  if (problem) throw new Error(problem);
  // Addresses an editor added by hand stay; the file's own is always there.
  const legacyPaths = [...new Set([...lines(existing?.legacyPaths), ...(plan.oldPath ? [plan.oldPath] : []), ...(plan.otherOldPaths ?? [])])].join('\n') || null;
  const published = options.publish && !plan.draftOnly;
  const unchanged =
    plan.kind === 'event'
      ? existing !== undefined && eventFingerprint(existing) === plannedEventFingerprint(plan, legacyPaths)
      : existing?.importDigest === plan.digest;
  if (unchanged && existing) return { action: 'unchanged', documentId: existing.documentId, published };
  if (options.dryRun) return { action: existing ? 'would-update' : 'would-create', documentId: existing?.documentId ?? null, published };

  const undo: Undo[] = [];
  const status = published ? 'published' : 'draft';
  try {
    const upload = async (file: ImageFile & { alt?: string }): Promise<number> => {
      const id = await api.upload({ ...file, alt: file.alt ?? '' });
      undo.push(() => api.send('DELETE', `/api/upload/files/${id}`));
      return id;
    };
    const find = async (type: string, filters: Record<string, { $eq: string }>, inLocale: object): Promise<string | undefined> =>
      (await api.get<{ data: Array<{ documentId: string }> }>(`/api/${type}?${cmsQuery({ status: 'draft', ...inLocale, filters, fields: ['documentId'] })}`)).data[0]?.documentId;
    // In English, the same video or tag already in French gets its English version rather than a second document.
    const findOrCreate = async (type: string, filters: Record<string, { $eq: string }>, data: Record<string, unknown>): Promise<string> => {
      const found = await find(type, filters, locale);
      if (found) return found;
      const french = language.locale === defaultLocale ? undefined : await find(type, filters, {});
      if (french) {
        await api.send('PUT', `/api/${type}/${french}?status=${status}${localeParam}`, { data });
        undo.push(() => api.send('DELETE', `/api/${type}/${french}?${localeParam.slice(1)}`));
        return french;
      }
      const created = await api.send<{ data: { documentId: string } }>('POST', `/api/${type}?status=${status}${localeParam}`, { data });
      undo.push(() => api.send('DELETE', `/api/${type}/${created.data.documentId}${localeParam ? `?${localeParam.slice(1)}` : ''}`));
      return created.data.documentId;
    };
    const quote = async (item: PlannedQuote): Promise<string> =>
      findOrCreate('quotes', { text: { $eq: item.text } }, {
        text: item.text,
        authorName: item.authorName,
        authorRole: item.authorRole,
        ...(item.portrait ? { portrait: await upload(item.portrait), portraitAlt: item.portrait.alt } : {}),
      });
    const video = async (item: PlannedVideo): Promise<string> =>
      findOrCreate('videos', { embedUrl: { $eq: item.embedUrl } }, {
        title: item.title,
        provider: item.provider,
        embedUrl: item.embedUrl,
        caption: item.caption,
        transcript: transcriptPlaceholder(item),
      });
    const tags = async (labels: string[]): Promise<string[]> => {
      const ids: string[] = [];
      for (const tag of plannedTags(labels)) ids.push(await findOrCreate('tags', { slug: { $eq: tag.slug } }, tag));
      return ids;
    };
    const block = async (item: BodyItem): Promise<Record<string, unknown>> => {
      switch (item.kind) {
        case 'rich-text':
          return { __component: 'blocks.rich-text', content: item.content };
        case 'quote':
          return { __component: 'blocks.quote', quote: await quote(item.quote) };
        case 'video':
          return { __component: 'blocks.video', video: await video(item.video), size: 'md' };
        case 'image':
          return { __component: 'blocks.image', image: await upload(item.image), alt: item.image.alt || null, decorative: !item.image.alt, caption: item.image.caption ?? null };
        case 'table':
          return {
            __component: 'blocks.table',
            caption: item.table.caption,
            firstRowIsHeader: item.table.firstRowIsHeader,
            firstColumnIsHeader: item.table.firstColumnIsHeader,
            rows: item.table.rows.filter((cells) => cells.some(Boolean)).map((cells) => ({ cells: cells.join('\n') })),
          };
        case 'legacy-html':
          return { __component: 'blocks.legacy-html', html: item.html, source: plan.source };
      }
    };
    // One block after the other: each may create its quote, video or upload, undone on failure.
    const dynamicZone = async (items: BodyItem[]): Promise<Array<Record<string, unknown>>> => {
      const body: Array<Record<string, unknown>> = [];
      for (const item of items) body.push(await block(item));
      return body;
    };
    let data: Record<string, unknown>;
    if (plan.kind === 'article') {
      data = {
        title: plan.title,
        description: plan.description,
        ...(plan.date ? { date: plan.date } : {}),
        authors: plan.authors,
        tags: await tags(plan.tags),
        ...(plan.cover ? { cover: await upload(plan.cover), coverAlt: plan.cover.alt || null } : {}),
        body: await dynamicZone(plan.body),
        importSource: plan.source,
        importDigest: plan.digest,
      };
    } else if (plan.kind === 'page') {
      data = { title: plan.title, description: plan.description, body: await dynamicZone(plan.body), importSource: plan.source, importDigest: plan.digest };
    } else if (plan.kind === 'project-call') {
      data = {
        title: plan.title,
        programme: plan.programme,
        edition: plan.edition,
        summary: plan.summary,
        body: plan.body,
        opensAt: plan.opensAt,
        closesAt: plan.closesAt,
        applicationUrl: plan.applicationUrl,
        tags: await tags(plan.tags),
        importSource: plan.source,
        importDigest: plan.digest,
      };
    } else {
      data = {
        title: plan.title,
        kind: plan.eventKind,
        summary: plan.summary,
        body: plan.body,
        startsAt: plan.startsAt,
        endsAt: plan.endsAt,
        allDay: plan.allDay,
        place: plan.place,
        registrationUrl: plan.registrationUrl,
        slidesUrl: plan.slidesUrl,
        recording: plan.recording ? await video(plan.recording) : null,
        ...(plan.slides ? { slides: await upload(plan.slides) } : {}),
      };
    }
    // What the report lists for this file, kept in the entry for `npm run content-health` and the admin's home page.
    const archive = plan.archive ? { archived: true, archiveReason: plan.archive.reason } : {};
    const written: Record<string, unknown> = { ...data, ...archive, slug: plan.slug, legacyPaths, toComplete: plan.todo.join('\n') || null };
    if (language.translationOf) for (const field of language.shared) delete written[field];
    const payload = { data: written };
    if (existing) {
      await api.send('PUT', `/api/${collection}/${existing.documentId}?status=${status}${localeParam}`, payload);
      return { action: 'updated', documentId: existing.documentId, published };
    }
    // Strapi 5: a PUT with a locale the document does not have yet creates that locale's version.
    if (language.translationOf) {
      await api.send('PUT', `/api/${collection}/${language.translationOf}?status=${status}${localeParam}`, payload);
      return { action: 'created', documentId: language.translationOf, published };
    }
    const created = await api.send<{ data: { documentId: string } }>('POST', `/api/${collection}?status=${status}${localeParam}`, payload);
    return { action: 'created', documentId: created.data.documentId, published };
  } catch (error) {
    for (const step of undo.reverse()) await step().catch(() => undefined);
    throw error;
  }
};
