/**
 * The shapes of the demo content, from the types generated from the schemas, with local keys for
 * the references between entries (the seed turns them into documentIds).
 */
import type {
  Article,
  BlocksAccordion,
  BlocksCallout,
  BlocksHighlight,
  BlocksLegacyHtml,
  BlocksQuote,
  BlocksRichText,
  BlocksTable,
  BlocksVideo,
  Event as CmsEvent,
  Navigation,
  Page,
  ProjectCall,
  ProjectProposedProject,
  Quote,
  SharedAccordionItem,
  SharedChangeNote,
  SharedLink,
  SharedPartner,
  SharedPerson,
  SharedSeo,
  SiteSetting,
  TableRow,
  Tag,
  Video,
  contentTypes,
} from '@bluehats/content-types';

export type TagSlug =
  | 'bluehats'
  | 'bsoc'
  | 'contribution'
  | 'ateliers-et-webinaires'
  | 'politique-publique'
  | 'communs-numeriques';

export type QuoteKey = 'etudiante-bsoc' | 'mentor-bsoc' | 'cheffe-de-projet';

export type VideoKey = 'bsoc-mentors' | 'webinaire-code-source' | 'atelier-premiere-contribution';

export type ArticleSlug =
  | 'bilan-bluehats-semester-of-code-2025'
  | 'webinaire-ouvrir-le-code-source-de-son-administration'
  | 'atelier-premiere-contribution-logiciel-libre'
  | 'rejoindre-la-communaute-bluehats'
  | 'brouillon-programme-des-ateliers-du-printemps';

export type ProjectCallSlug = 'bsoc-prochaine-promotion' | 'bsoc-2025';

export type EventSlug =
  | 'rencontre-bluehats-collectivites'
  | 'webinaire-choisir-une-licence-libre'
  | 'webinaire-ouvrir-le-code-source'
  | 'journee-bluehats-2024';

// The accessibility statement is kept in the repository instead (apps/web/src/content/pages/accessibilite.mdx).
export type PageSlug = 'a-propos' | 'mentions-legales' | 'donnees-personnelles' | 'plan-action-logiciels-libres-2021';

/**
 * A translated type's fields shared by every language (the registry's `sharedFields`): Strapi copies
 * them from the French version, so an English version never writes them.
 */
type SharedField<K extends keyof typeof contentTypes> = (typeof contentTypes)[K]['sharedFields'][number];

/**
 * What the seed writes of an entry's English version: its translated fields, in English. Shared
 * fields are left out (Strapi copies them), and so are the local keys and references to other
 * entries (`Kept`): the English version points to the same entries as the French one, in their
 * English versions, which the seed writes first.
 */
export type English<T, K extends keyof typeof contentTypes, Kept extends string = never> = Omit<
  T,
  SharedField<K> | Kept | 'english' | 'key' | 'slug' | 'status' | 'legacyPaths'
> &
  // Its own address: a slug in English, not one of the French local keys.
  (T extends { slug: string } ? { slug: string } : object);

/** An entry of the demo, with its English version when it has one (the others stay French only). */
type Bilingual<T, K extends keyof typeof contentTypes, Kept extends string = never> = T & { english?: English<T, K, Kept> };

/** What Strapi sets on every entry (the locale: French, the default), and a component's id: never written by the seed. */
type Stored = 'id' | 'documentId' | 'locale' | 'createdAt' | 'updatedAt' | 'publishedAt';

type MayBeEmpty<T, K extends keyof T> = null extends T[K] ? true : undefined extends T[K] ? true : false;

/**
 * A generated entry or component as the seed writes it: without what Strapi sets, with the fields
 * that may be empty left optional, and with `Own` replacing the fields the seed writes its own way
 * (local keys instead of related entries, components without their ids).
 */
export type Written<T, Own extends object = object> = {
  [K in Exclude<keyof T, Stored | keyof Own> as MayBeEmpty<T, K> extends true ? never : K]: T[K];
} & {
  [K in Exclude<keyof T, Stored | keyof Own> as MayBeEmpty<T, K> extends true ? K : never]?: NonNullable<T[K]>;
} & Own;

export type VideoProvider = Video['provider'];

export type BlockSize = NonNullable<BlocksHighlight['size']>;

export type DemoLink = Written<SharedLink>;

export type DemoPerson = Written<SharedPerson>;

export type DemoSeo = Written<SharedSeo>;

// A tag's lists of articles and calls are the other side of their relations: the seed sets those.
export type DemoTag = Bilingual<Omit<Written<Tag, { slug: TagSlug }>, 'articles' | 'projectCalls'>, 'tags'>;

export type DemoQuote = Bilingual<
  Written<
    Quote,
    {
      /** Local key used by blocks.quote references; not stored. */
      key: QuoteKey;
    }
  >,
  'quotes'
>;

export type DemoVideo = Bilingual<
  Written<
    Video,
    {
      /** Local key used by blocks.video references; not stored. */
      key: VideoKey;
    }
  >,
  'videos'
>;

export type RichTextBlock = Written<BlocksRichText, { __component: 'blocks.rich-text' }>;

/** Either a reference to a quote of the library, or a quote typed in for this page only. */
export type QuoteBodyBlock =
  | { __component: 'blocks.quote'; quote: QuoteKey }
  | Omit<Written<BlocksQuote, { __component: 'blocks.quote'; text: string; authorName: string }>, 'quote'>;

export type VideoBodyBlock = Written<BlocksVideo, { __component: 'blocks.video'; video: VideoKey }>;

export type CalloutBlock = Written<BlocksCallout, { __component: 'blocks.callout'; link?: DemoLink }>;

export type HighlightBlock = Written<BlocksHighlight, { __component: 'blocks.highlight' }>;

export type AccordionBlock = Written<BlocksAccordion, { __component: 'blocks.accordion'; items: Array<Written<SharedAccordionItem>> }>;

export type LegacyHtmlBlock = Written<BlocksLegacyHtml, { __component: 'blocks.legacy-html' }>;

/** Cells are one per line of `cells`, as editors type them. */
export type TableBlock = Written<BlocksTable, { __component: 'blocks.table'; rows: Array<Written<TableRow>> }>;

export type DemoBodyBlock =
  | RichTextBlock
  | QuoteBodyBlock
  | VideoBodyBlock
  | CalloutBlock
  | HighlightBlock
  | AccordionBlock
  | TableBlock
  | LegacyHtmlBlock;

export type DemoArticle = Bilingual<
  Written<
    Article,
    {
      slug: ArticleSlug;
      authors: DemoPerson[];
      tags: TagSlug[];
      /** 'draft' entries are created without being published (and without their English version). */
      status: 'published' | 'draft';
      body: DemoBodyBlock[];
      seo?: DemoSeo;
      changeNotes?: DemoChangeNote[];
    }
  >,
  'articles',
  'tags'
>;

/** A public change note of the lifecycle (issue 33), written as the publication of a correction would. */
export type DemoChangeNote = Written<SharedChangeNote>;

export type DemoPartner = Written<SharedPartner>;

export type DemoProposedProject = Written<ProjectProposedProject>;

export type DemoProjectCall = Bilingual<
  Written<
    ProjectCall,
    {
      slug: ProjectCallSlug;
      partners: DemoPartner[];
      proposedProjects: DemoProposedProject[];
      /** Slug of a published article that reports on the call's results. */
      resultsArticle?: ArticleSlug;
      tags: TagSlug[];
      seo?: DemoSeo;
      changeNotes?: DemoChangeNote[];
    }
  >,
  'project-calls',
  'tags' | 'resultsArticle'
>;

export type EventKind = CmsEvent['kind'];

/** The end is given either as endsAt or as durationMinutes; a day event (« Horaire non précisé ») needs neither. */
export type DemoEvent = Bilingual<
  Written<
    CmsEvent,
    {
      slug: EventSlug;
      /** After the event: the recording, a video of the library. */
      recording?: VideoKey;
      /** After the event: the slides, a file the seed uploads (see demo-slides.ts). */
      slides?: 'support-webinaire-code-source';
      changeNotes?: DemoChangeNote[];
    }
  >,
  'events',
  'recording'
> &
  ({ endsAt: string } | { durationMinutes: number } | { allDay: true });

export type DemoPage = Bilingual<Written<Page, { slug: PageSlug; body: DemoBodyBlock[]; seo?: DemoSeo; changeNotes?: DemoChangeNote[] }>, 'pages'>;

export type AccessibilityStatus = SiteSetting['accessibilityStatus'];

export type DemoSiteSettings = Bilingual<Written<SiteSetting, { defaultSeo: DemoSeo; noticeLink?: DemoLink }>, 'site-setting'>;

export type DemoNavigation = Bilingual<Written<Navigation, { mainMenu: DemoLink[]; footerLinks: DemoLink[]; legalLinks: DemoLink[] }>, 'navigation'>;
