/** The shapes of the demo content, with local keys for the references between entries (the seed turns them into documentIds). */
import { type Blocks } from '../blocks';

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
  | 'webinaire-ouvrir-le-code-source';

// The accessibility statement is kept in the repository instead (apps/web/src/content/pages/accessibilite.mdx).
export type PageSlug = 'a-propos' | 'mentions-legales' | 'donnees-personnelles';

export type VideoProvider = 'peertube' | 'youtube' | 'dailymotion' | 'vimeo';

export type BlockSize = 'sm' | 'md' | 'lg';

export type DemoLink = { label: string; url: string };

export type DemoPerson = { name: string; role?: string };

export type DemoSeo = { metaTitle?: string; metaDescription?: string };

export type DemoTag = { slug: TagSlug; name: string; description: string };

export type DemoQuote = {
  /** Local key used by blocks.quote references; not stored. */
  key: QuoteKey;
  text: string;
  authorName: string;
  authorRole?: string;
  source?: string;
  sourceUrl?: string;
};

export type DemoVideo = {
  /** Local key used by blocks.video references; not stored. */
  key: VideoKey;
  title: string;
  provider: VideoProvider;
  embedUrl: string;
  caption: string;
  durationSeconds: number;
  transcript: Blocks;
};

export type RichTextBlock = { __component: 'blocks.rich-text'; content: Blocks };

/** Either a reference to a quote of the library, or a quote typed in for this page only. */
export type QuoteBodyBlock =
  | { __component: 'blocks.quote'; quote: QuoteKey }
  | { __component: 'blocks.quote'; text: string; authorName: string; authorRole?: string };

export type VideoBodyBlock = { __component: 'blocks.video'; video: VideoKey; size?: BlockSize };

export type CalloutBlock = { __component: 'blocks.callout'; title?: string; text: string; link?: DemoLink };

export type HighlightBlock = { __component: 'blocks.highlight'; text: string; size?: BlockSize };

export type AccordionBlock = {
  __component: 'blocks.accordion';
  title?: string;
  items: Array<{ title: string; content: Blocks }>;
};

export type LegacyHtmlBlock = { __component: 'blocks.legacy-html'; html: string; source?: string };

/** Cells are one per line of `cells`, as editors type them. */
export type TableBlock = {
  __component: 'blocks.table';
  caption: string;
  firstRowIsHeader: boolean;
  firstColumnIsHeader: boolean;
  rows: Array<{ cells: string }>;
};

export type DemoBodyBlock =
  | RichTextBlock
  | QuoteBodyBlock
  | VideoBodyBlock
  | CalloutBlock
  | HighlightBlock
  | AccordionBlock
  | TableBlock
  | LegacyHtmlBlock;

export type DemoArticle = {
  slug: ArticleSlug;
  title: string;
  description: string;
  /** YYYY-MM-DD */
  date: string;
  authors: DemoPerson[];
  tags: TagSlug[];
  /** 'draft' entries are created without being published. */
  status: 'published' | 'draft';
  body: DemoBodyBlock[];
  seo?: DemoSeo;
  /** Paths of the old site that redirect to this article, one per line. */
  legacyPaths?: string;
};

export type DemoPartner = { name: string; url: string };

export type DemoProposedProject = { name: string; description: string; url: string };

export type DemoProjectCall = {
  slug: ProjectCallSlug;
  title: string;
  programme: string;
  edition: string;
  summary: string;
  body: Blocks;
  /** ISO 8601 date-times. */
  opensAt: string;
  closesAt: string;
  applicationUrl: string;
  /** YYYY-MM-DD */
  programmeStartsOn: string;
  programmeEndsOn: string;
  partners: DemoPartner[];
  proposedProjects: DemoProposedProject[];
  /** Slug of a published article that reports on the call's results. */
  resultsArticle?: ArticleSlug;
  tags: TagSlug[];
};

export type EventKind = 'webinaire' | 'rencontre' | 'atelier';

/** Times are ISO 8601 instants; the end is given either as endsAt or as durationMinutes. */
export type DemoEvent = {
  slug: EventSlug;
  title: string;
  kind: EventKind;
  summary: string;
  body: Blocks;
  startsAt: string;
  place?: string;
  onlineUrl?: string;
  registrationUrl?: string;
  /** After the event: the recording, a video of the library. */
  recording?: VideoKey;
  /** After the event: the slides, a file the seed uploads (see demo-slides.ts). */
  slides?: 'support-webinaire-code-source';
} & ({ endsAt: string } | { durationMinutes: number });

export type DemoPage = { slug: PageSlug; title: string; description: string; body: DemoBodyBlock[]; seo?: DemoSeo };

export type AccessibilityStatus = 'non-conforme' | 'partiellement-conforme' | 'totalement-conforme';

export type DemoSiteSettings = {
  siteName: string;
  tagline: string;
  brandTop: string;
  operatorName: string;
  footerDescription: string;
  accessibilityStatus: AccessibilityStatus;
  licence: string;
  contactEmail: string;
  defaultSeo: DemoSeo;
};

export type DemoNavigation = { mainMenu: DemoLink[]; footerLinks: DemoLink[]; legalLinks: DemoLink[] };
