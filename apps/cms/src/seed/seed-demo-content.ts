import type { Core } from '@strapi/strapi';
import type { Locale } from '@bluehats/content-types';
import {
  demoArticles,
  demoEvents,
  demoNavigation,
  demoPages,
  demoProjectCalls,
  demoQuotes,
  demoSiteSettings,
  demoTags,
  demoVideos,
  type ArticleSlug,
  type DemoBodyBlock,
  type QuoteKey,
  type TagSlug,
  type VideoKey,
} from './demo';
import { altOf, demoCovers, demoImageBlocks, demoPortraits, portraitAlt, type DemoImageKey } from './demo-media';
import type { DemoMediaKey } from './upload-demo-media';

/** How many entries of each type the seed created. */
export type SeedReport = {
  tags: number;
  quotes: number;
  videos: number;
  /** All articles, drafts included. */
  articles: number;
  /** Articles left as drafts (never published). */
  draftArticles: number;
  projectCalls: number;
  events: number;
  pages: number;
  siteSettings: number;
  navigation: number;
  /** English versions written, of every type (the entries without one stay French only). */
  englishVersions: number;
};

/** The languages of demo/: French, the default (each entry), and English (its `english`). */
const FRENCH: Locale = 'fr';
const ENGLISH: Locale = 'en';

type SeedUid =
  | 'api::tag.tag'
  | 'api::quote.quote'
  | 'api::video.video'
  | 'api::article.article'
  | 'api::project-call.project-call'
  | 'api::event.event'
  | 'api::page.page'
  | 'api::site-setting.site-setting'
  | 'api::navigation.navigation';

type DocumentData = Record<string, unknown>;

/**
 * The one document-service call the seed needs. Strapi types `data` from the generated content-type
 * schemas when they exist (types/generated, created by `strapi develop`), and loosely otherwise; the
 * seed builds its payloads from its own types, so it talks to the repository through this narrow
 * view to compile the same way in both cases.
 */
type SeedRepository = {
  create(params: { data: DocumentData; status?: 'published' }): Promise<{ documentId: string } | null>;
  update(params: { documentId: string; locale: Locale; data: DocumentData; status?: 'published' }): Promise<{ documentId: string } | null>;
};

/** Thrown when one entry cannot be created; the message names the content type and the entry. */
export class DemoContentSeedError extends Error {
  readonly uid: SeedUid;
  readonly entry: string;
  readonly reason: unknown;

  constructor(uid: SeedUid, entry: string, reason: unknown) {
    super(`Contenu de démonstration : impossible d’écrire ${uid} « ${entry} » : ${describeReason(reason)}`);
    this.name = 'DemoContentSeedError';
    this.uid = uid;
    this.entry = entry;
    this.reason = reason;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** The error message, followed by the field paths of a Strapi ValidationError when there are some. */
const describeReason = (reason: unknown): string => {
  if (!(reason instanceof Error)) return String(reason);
  const details = 'details' in reason ? reason.details : undefined;
  const fieldErrors =
    isRecord(details) && Array.isArray(details.errors)
      ? details.errors.flatMap((error: unknown): string[] =>
          isRecord(error) && Array.isArray(error.path) ? [`${error.path.join('.')} : ${String(error.message)}`] : [],
        )
      : [];
  return fieldErrors.length > 0 ? `${reason.message} (${fieldErrors.join(' ; ')})` : reason.message;
};

/** Looks up the documentId created for a local key; a miss is a mistake in demo/. */
const idFor = <K extends string>(ids: ReadonlyMap<K, string>, key: K, what: string): string => {
  const id = ids.get(key);
  if (!id) throw new Error(`référence inconnue : ${what} « ${key} »`);
  return id;
};

type References = {
  quotes: ReadonlyMap<QuoteKey, string>;
  videos: ReadonlyMap<VideoKey, string>;
};

/** Dynamic-zone entries as the document service expects them, references replaced by documentIds. */
const bodyData = (body: DemoBodyBlock[], refs: References): DocumentData[] =>
  body.map((block): DocumentData => {
    switch (block.__component) {
      case 'blocks.quote':
        return 'quote' in block
          ? { __component: block.__component, quote: idFor(refs.quotes, block.quote, 'citation') }
          : { ...block };
      case 'blocks.video':
        return {
          __component: block.__component,
          video: idFor(refs.videos, block.video, 'vidéo'),
          size: block.size ?? 'md',
        };
      default:
        return { ...block };
    }
  });

/**
 * Creates the demo content: tags, quotes, videos, articles (one kept as a draft), project calls
 * (the open one dated from `now`), events (those to come dated from `now`), reference pages,
 * site settings and navigation. Each entry that has an English version in demo/ gets it right
 * after its French one (same document, locale `en`), published when the French one is: the
 * English versions' references (tags, quotes, videos) are written before the entries using them.
 *
 * It does not check whether it should run: the caller makes sure the database holds no content.
 * Everything runs in one database transaction, so a failure leaves nothing half-created; the error
 * thrown names the content type and the entry (slug, or key for quotes and videos).
 */
export async function seedDemoContent(
  strapi: Core.Strapi,
  now = new Date(),
  media: ReadonlyMap<DemoMediaKey, number> = new Map(),
): Promise<SeedReport> {
  // Images are optional: without the media library (or in unit tests) entries are created without them.
  const mediaId = (key: DemoMediaKey | undefined): number | undefined => (key ? media.get(key) : undefined);
  const withImageBlock = (slug: ArticleSlug, body: DocumentData[]): DocumentData[] => {
    const block = demoImageBlocks[slug];
    const image = mediaId(block?.image);
    if (!block || image === undefined) return body;
    const imageBlock = { __component: 'blocks.image', image, alt: altOf(block.image), caption: block.caption };
    return [...body.slice(0, block.after + 1), imageBlock, ...body.slice(block.after + 1)];
  };

  const create = async (uid: SeedUid, entry: string, data: DocumentData, publish: boolean): Promise<string> => {
    try {
      const repository = strapi.documents(uid) as unknown as SeedRepository;
      const document = await repository.create(publish ? { data, status: 'published' } : { data });
      if (!document?.documentId) throw new Error('le service de documents n’a renvoyé aucun documentId');
      return document.documentId;
    } catch (reason) {
      throw reason instanceof DemoContentSeedError ? reason : new DemoContentSeedError(uid, entry, reason);
    }
  };

  let englishVersions = 0;
  // The English version of a document created just above: only its translated fields are sent
  // (the demo's English types leave the shared ones out), Strapi copies the shared ones.
  const translate = async (uid: SeedUid, entry: string, documentId: string, data: DocumentData, publish: boolean): Promise<void> => {
    try {
      const repository = strapi.documents(uid) as unknown as SeedRepository;
      const params = { documentId, locale: ENGLISH, data };
      const document = await repository.update(publish ? { ...params, status: 'published' } : params);
      if (!document?.documentId) throw new Error('le service de documents n’a renvoyé aucune version anglaise');
      englishVersions += 1;
    } catch (reason) {
      throw reason instanceof DemoContentSeedError ? reason : new DemoContentSeedError(uid, `${entry} (${ENGLISH})`, reason);
    }
  };

  // Builds a payload inside the same error wrapper, so a bad reference is reported like a failed create.
  const build = (uid: SeedUid, entry: string, make: () => DocumentData): DocumentData => {
    try {
      return make();
    } catch (reason) {
      throw new DemoContentSeedError(uid, entry, reason);
    }
  };

  const run = async (): Promise<SeedReport> => {
    // Tags: no draft & publish, so a plain create is the live version.
    const tagIds = new Map<TagSlug, string>();
    for (const { english, ...tag } of demoTags) {
      const id = await create('api::tag.tag', tag.slug, { ...tag }, false);
      tagIds.set(tag.slug, id);
      if (english) await translate('api::tag.tag', tag.slug, id, { ...english }, false);
    }
    const tagsFor = (slugs: TagSlug[]): string[] => slugs.map((slug) => idFor(tagIds, slug, 'étiquette'));

    const quoteIds = new Map<QuoteKey, string>();
    for (const { key, english, ...quote } of demoQuotes) {
      const portrait = mediaId(demoPortraits[key]);
      // The portrait is shared by both versions; its description is written in each language.
      const described = (locale: Locale): DocumentData => (portrait ? { portraitAlt: portraitAlt[locale](quote.authorName) } : {});
      const id = await create('api::quote.quote', key, { ...quote, ...(portrait ? { portrait } : {}), ...described(FRENCH) }, true);
      quoteIds.set(key, id);
      if (english) await translate('api::quote.quote', key, id, { ...english, ...described(ENGLISH) }, true);
    }

    const videoIds = new Map<VideoKey, string>();
    for (const { key, english, ...video } of demoVideos) {
      const id = await create('api::video.video', key, { ...video }, true);
      videoIds.set(key, id);
      if (english) await translate('api::video.video', key, id, { ...english }, true);
    }

    const refs: References = { quotes: quoteIds, videos: videoIds };

    const articleIds = new Map<ArticleSlug, string>();
    let draftArticles = 0;
    for (const { status, tags, body, english, ...article } of demoArticles) {
      const uid = 'api::article.article';
      const cover = mediaId(demoCovers[article.slug]);
      const coverAlt = (locale: Locale): DocumentData => (cover ? { coverAlt: altOf(demoCovers[article.slug] as DemoImageKey, locale) } : {});
      const data = build(uid, article.slug, () => ({
        ...article,
        ...(cover ? { cover } : {}),
        ...coverAlt(FRENCH),
        tags: tagsFor(tags),
        body: withImageBlock(article.slug, bodyData(body, refs)),
      }));
      const id = await create(uid, article.slug, data, status === 'published');
      articleIds.set(article.slug, id);
      if (status === 'draft') draftArticles += 1;
      if (english) {
        // The image blocks of demo-media.ts have French captions: they stay in the French body.
        const translated = build(uid, english.slug, () => ({ ...english, ...coverAlt(ENGLISH), tags: tagsFor(tags), body: bodyData(english.body, refs) }));
        await translate(uid, article.slug, id, translated, status === 'published');
      }
    }

    const projectCalls = demoProjectCalls(now);
    for (const { tags, resultsArticle, english, ...call } of projectCalls) {
      const uid = 'api::project-call.project-call';
      // Both versions point to the same entries (in their own language).
      const references = (): DocumentData => ({
        tags: tagsFor(tags),
        ...(resultsArticle ? { resultsArticle: idFor(articleIds, resultsArticle, 'article') } : {}),
      });
      const id = await create(uid, call.slug, build(uid, call.slug, () => ({ ...call, ...references() })), true);
      if (english) await translate(uid, call.slug, id, build(uid, english.slug, () => ({ ...english, ...references() })), true);
    }

    const events = demoEvents(now);
    for (const { recording, slides, english, ...event } of events) {
      const uid = 'api::event.event';
      const slidesId = mediaId(slides);
      const recorded = (): DocumentData => (recording ? { recording: idFor(videoIds, recording, 'vidéo') } : {});
      const data = build(uid, event.slug, () => ({ ...event, ...recorded(), ...(slidesId ? { slides: slidesId } : {}) }));
      const id = await create(uid, event.slug, data, true);
      if (english) await translate(uid, event.slug, id, build(uid, english.slug, () => ({ ...english, ...recorded() })), true);
    }

    for (const { body, english, ...page } of demoPages) {
      const uid = 'api::page.page';
      const data = build(uid, page.slug, () => ({ ...page, body: bodyData(body, refs) }));
      const id = await create(uid, page.slug, data, true);
      if (english) await translate(uid, page.slug, id, build(uid, english.slug, () => ({ ...english, body: bodyData(english.body, refs) })), true);
    }

    // Single types without draft & publish.
    const { english: englishSettings, ...settings } = demoSiteSettings;
    const settingsId = await create('api::site-setting.site-setting', 'réglages du site', { ...settings }, false);
    if (englishSettings) await translate('api::site-setting.site-setting', 'réglages du site', settingsId, { ...englishSettings }, false);
    const { english: englishNavigation, ...navigation } = demoNavigation;
    const navigationId = await create('api::navigation.navigation', 'navigation', { ...navigation }, false);
    if (englishNavigation) await translate('api::navigation.navigation', 'navigation', navigationId, { ...englishNavigation }, false);

    return {
      tags: tagIds.size,
      quotes: quoteIds.size,
      videos: videoIds.size,
      articles: articleIds.size,
      draftArticles,
      projectCalls: projectCalls.length,
      events: events.length,
      pages: demoPages.length,
      siteSettings: 1,
      navigation: 1,
      englishVersions,
    };
  };

  return strapi.db.transaction(run);
}
