// Fichier généré : ne pas modifier à la main.
// Source : apps/cms/src/api/*/content-types/*/schema.json et apps/cms/src/components/**/*.json
// Pour régénérer : npm run types (depuis la racine du dépôt)

import { z } from 'zod';
import { BlocksContentSchema } from './blocks';
import { MediaSchema } from './media';
import type { ContentTypeDefinition } from './populate';

export const ArticleScalarsSchema = z.object({
  id: z.number().int(),
  documentId: z.string(),
  locale: z.enum(['fr', 'en']).default('fr'),
  archiveReason: z.string().max(500).nullable().optional(),
  archived: z.boolean().nullable().optional(),
  coverAlt: z.string().max(250).nullable().optional(),
  date: z.iso.date(),
  description: z.string().max(320),
  importDigest: z.string().max(64).nullable().optional(),
  importSource: z.string().max(500).nullable().optional(),
  legacyPaths: z.string().max(4000).nullable().optional(),
  revisedAt: z.iso.datetime({ offset: true }).nullable().optional(),
  slug: z.string(),
  title: z.string().max(160),
  toComplete: z.string().max(8000).nullable().optional(),
  visibleFrom: z.iso.datetime({ offset: true }).nullable().optional(),
  visibleUntil: z.iso.datetime({ offset: true }).nullable().optional(),
  createdAt: z.string().datetime({ offset: true }),
  updatedAt: z.string().datetime({ offset: true }),
  publishedAt: z.string().datetime({ offset: true }),
});
export type ArticleScalars = z.infer<typeof ArticleScalarsSchema>;

export const BlocksHighlightSchema = z.object({
  id: z.number().int(),
  size: z.enum(['sm', 'md', 'lg']).nullable().optional(),
  text: z.string().max(600),
});
export type BlocksHighlight = z.infer<typeof BlocksHighlightSchema>;

export const BlocksImageSchema = z.object({
  id: z.number().int(),
  alt: z.string().max(250).nullable().optional(),
  caption: z.string().max(300).nullable().optional(),
  decorative: z.boolean().nullable().optional(),
  image: MediaSchema,
});
export type BlocksImage = z.infer<typeof BlocksImageSchema>;

export const BlocksLegacyHtmlSchema = z.object({
  id: z.number().int(),
  html: z.string(),
  source: z.string().max(300).nullable().optional(),
});
export type BlocksLegacyHtml = z.infer<typeof BlocksLegacyHtmlSchema>;

export const BlocksRichTextSchema = z.object({
  id: z.number().int(),
  content: BlocksContentSchema,
});
export type BlocksRichText = z.infer<typeof BlocksRichTextSchema>;

export const ProjectCallScalarsSchema = z.object({
  id: z.number().int(),
  documentId: z.string(),
  locale: z.enum(['fr', 'en']).default('fr'),
  applicationUrl: z.string().max(500).nullable().optional(),
  archiveReason: z.string().max(500).nullable().optional(),
  archived: z.boolean().nullable().optional(),
  body: BlocksContentSchema.nullable().optional(),
  closesAt: z.iso.datetime({ offset: true }),
  edition: z.string().max(60).nullable().optional(),
  imageAlt: z.string().max(250).nullable().optional(),
  importDigest: z.string().max(64).nullable().optional(),
  importSource: z.string().max(500).nullable().optional(),
  legacyPaths: z.string().max(4000).nullable().optional(),
  opensAt: z.iso.datetime({ offset: true }),
  programme: z.string().max(120),
  programmeEndsOn: z.iso.date().nullable().optional(),
  programmeStartsOn: z.iso.date().nullable().optional(),
  revisedAt: z.iso.datetime({ offset: true }).nullable().optional(),
  slug: z.string(),
  summary: z.string().max(500),
  title: z.string().max(160),
  toComplete: z.string().max(8000).nullable().optional(),
  visibleFrom: z.iso.datetime({ offset: true }).nullable().optional(),
  visibleUntil: z.iso.datetime({ offset: true }).nullable().optional(),
  createdAt: z.string().datetime({ offset: true }),
  updatedAt: z.string().datetime({ offset: true }),
  publishedAt: z.string().datetime({ offset: true }),
});
export type ProjectCallScalars = z.infer<typeof ProjectCallScalarsSchema>;

export const ProjectProposedProjectSchema = z.object({
  id: z.number().int(),
  description: z.string().max(800),
  logo: MediaSchema.nullable().optional(),
  logoAlt: z.string().max(250).nullable().optional(),
  name: z.string().max(120),
  url: z.string().max(500).nullable().optional(),
});
export type ProjectProposedProject = z.infer<typeof ProjectProposedProjectSchema>;

export const QuoteSchema = z.object({
  id: z.number().int(),
  documentId: z.string(),
  locale: z.enum(['fr', 'en']).default('fr'),
  authorName: z.string().max(120).nullable().optional(),
  authorRole: z.string().max(200).nullable().optional(),
  portrait: MediaSchema.nullable().optional(),
  portraitAlt: z.string().max(250).nullable().optional(),
  source: z.string().max(200).nullable().optional(),
  sourceUrl: z.string().max(500).nullable().optional(),
  text: z.string().max(1200),
  createdAt: z.string().datetime({ offset: true }),
  updatedAt: z.string().datetime({ offset: true }),
  publishedAt: z.string().datetime({ offset: true }),
});
export type Quote = z.infer<typeof QuoteSchema>;

export const BlocksQuoteSchema = z.object({
  id: z.number().int(),
  authorName: z.string().max(120).nullable().optional(),
  authorRole: z.string().max(200).nullable().optional(),
  quote: QuoteSchema.nullable().optional(),
  text: z.string().max(1200).nullable().optional(),
});
export type BlocksQuote = z.infer<typeof BlocksQuoteSchema>;

export const SharedAccordionItemSchema = z.object({
  id: z.number().int(),
  content: BlocksContentSchema,
  title: z.string().max(160),
});
export type SharedAccordionItem = z.infer<typeof SharedAccordionItemSchema>;

export const BlocksAccordionSchema = z.object({
  id: z.number().int(),
  items: z.array(SharedAccordionItemSchema).min(1),
  title: z.string().max(160).nullable().optional(),
});
export type BlocksAccordion = z.infer<typeof BlocksAccordionSchema>;

export const SharedChangeNoteSchema = z.object({
  id: z.number().int(),
  date: z.iso.datetime({ offset: true }),
  text: z.string().max(500),
});
export type SharedChangeNote = z.infer<typeof SharedChangeNoteSchema>;

export const SharedLinkSchema = z.object({
  id: z.number().int(),
  label: z.string().max(80),
  url: z.string().max(500),
});
export type SharedLink = z.infer<typeof SharedLinkSchema>;

export const BlocksCalloutSchema = z.object({
  id: z.number().int(),
  link: SharedLinkSchema.nullable().optional(),
  text: z.string().max(800),
  title: z.string().max(120).nullable().optional(),
});
export type BlocksCallout = z.infer<typeof BlocksCalloutSchema>;

export const NavigationSchema = z.object({
  id: z.number().int(),
  documentId: z.string(),
  locale: z.enum(['fr', 'en']).default('fr'),
  footerLinks: z.array(SharedLinkSchema),
  legalLinks: z.array(SharedLinkSchema),
  mainMenu: z.array(SharedLinkSchema),
  createdAt: z.string().datetime({ offset: true }),
  updatedAt: z.string().datetime({ offset: true }),
  publishedAt: z.string().datetime({ offset: true }),
});
export type Navigation = z.infer<typeof NavigationSchema>;

export const SharedPartnerSchema = z.object({
  id: z.number().int(),
  logo: MediaSchema.nullable().optional(),
  name: z.string().max(120),
  url: z.string().max(500).nullable().optional(),
});
export type SharedPartner = z.infer<typeof SharedPartnerSchema>;

export const SharedPersonSchema = z.object({
  id: z.number().int(),
  name: z.string().max(120),
  role: z.string().max(200).nullable().optional(),
});
export type SharedPerson = z.infer<typeof SharedPersonSchema>;

export const SharedSeoSchema = z.object({
  id: z.number().int(),
  metaDescription: z.string().max(200).nullable().optional(),
  metaTitle: z.string().max(70).nullable().optional(),
  shareImage: MediaSchema.nullable().optional(),
  shareImageAlt: z.string().max(250).nullable().optional(),
});
export type SharedSeo = z.infer<typeof SharedSeoSchema>;

export const SiteSettingSchema = z.object({
  id: z.number().int(),
  documentId: z.string(),
  locale: z.enum(['fr', 'en']).default('fr'),
  accessibilityStatus: z.enum(['non-conforme', 'partiellement-conforme', 'totalement-conforme']),
  brandTop: z.string().max(80),
  contactEmail: z.email().nullable().optional(),
  defaultSeo: SharedSeoSchema.nullable().optional(),
  footerDescription: z.string().max(500).nullable().optional(),
  licence: z.string().max(200).nullable().optional(),
  noticeEndsAt: z.iso.datetime({ offset: true }).nullable().optional(),
  noticeLink: SharedLinkSchema.nullable().optional(),
  noticeText: z.string().max(200).nullable().optional(),
  operatorName: z.string().max(120).nullable().optional(),
  sectionRedirects: z.string().max(20000).nullable().optional(),
  siteName: z.string().max(80),
  tagline: z.string().max(160).nullable().optional(),
  createdAt: z.string().datetime({ offset: true }),
  updatedAt: z.string().datetime({ offset: true }),
  publishedAt: z.string().datetime({ offset: true }),
});
export type SiteSetting = z.infer<typeof SiteSettingSchema>;

export const TableRowSchema = z.object({
  id: z.number().int(),
  cells: z.string(),
});
export type TableRow = z.infer<typeof TableRowSchema>;

export const BlocksTableSchema = z.object({
  id: z.number().int(),
  caption: z.string().max(300),
  firstColumnIsHeader: z.boolean().nullable().optional(),
  firstRowIsHeader: z.boolean().nullable().optional(),
  rows: z.array(TableRowSchema).min(1),
});
export type BlocksTable = z.infer<typeof BlocksTableSchema>;

export const TagSchema = z.object({
  id: z.number().int(),
  documentId: z.string(),
  locale: z.enum(['fr', 'en']).default('fr'),
  articles: z.array(ArticleScalarsSchema),
  description: z.string().max(300).nullable().optional(),
  name: z.string().max(60),
  projectCalls: z.array(ProjectCallScalarsSchema),
  slug: z.string(),
  createdAt: z.string().datetime({ offset: true }),
  updatedAt: z.string().datetime({ offset: true }),
  publishedAt: z.string().datetime({ offset: true }),
});
export type Tag = z.infer<typeof TagSchema>;

export const TagScalarsSchema = z.object({
  id: z.number().int(),
  documentId: z.string(),
  locale: z.enum(['fr', 'en']).default('fr'),
  description: z.string().max(300).nullable().optional(),
  name: z.string().max(60),
  slug: z.string(),
  createdAt: z.string().datetime({ offset: true }),
  updatedAt: z.string().datetime({ offset: true }),
  publishedAt: z.string().datetime({ offset: true }),
});
export type TagScalars = z.infer<typeof TagScalarsSchema>;

export const ProjectCallSchema = z.object({
  id: z.number().int(),
  documentId: z.string(),
  locale: z.enum(['fr', 'en']).default('fr'),
  applicationUrl: z.string().max(500).nullable().optional(),
  archiveReason: z.string().max(500).nullable().optional(),
  archived: z.boolean().nullable().optional(),
  body: BlocksContentSchema.nullable().optional(),
  changeNotes: z.array(SharedChangeNoteSchema),
  closesAt: z.iso.datetime({ offset: true }),
  edition: z.string().max(60).nullable().optional(),
  image: MediaSchema.nullable().optional(),
  imageAlt: z.string().max(250).nullable().optional(),
  importDigest: z.string().max(64).nullable().optional(),
  importSource: z.string().max(500).nullable().optional(),
  legacyPaths: z.string().max(4000).nullable().optional(),
  opensAt: z.iso.datetime({ offset: true }),
  partners: z.array(SharedPartnerSchema),
  programme: z.string().max(120),
  programmeEndsOn: z.iso.date().nullable().optional(),
  programmeStartsOn: z.iso.date().nullable().optional(),
  proposedProjects: z.array(ProjectProposedProjectSchema),
  resultsArticle: ArticleScalarsSchema.nullable().optional(),
  revisedAt: z.iso.datetime({ offset: true }).nullable().optional(),
  seo: SharedSeoSchema.nullable().optional(),
  slug: z.string(),
  summary: z.string().max(500),
  tags: z.array(TagScalarsSchema),
  title: z.string().max(160),
  toComplete: z.string().max(8000).nullable().optional(),
  visibleFrom: z.iso.datetime({ offset: true }).nullable().optional(),
  visibleUntil: z.iso.datetime({ offset: true }).nullable().optional(),
  createdAt: z.string().datetime({ offset: true }),
  updatedAt: z.string().datetime({ offset: true }),
  publishedAt: z.string().datetime({ offset: true }),
});
export type ProjectCall = z.infer<typeof ProjectCallSchema>;

export const VideoSchema = z.object({
  id: z.number().int(),
  documentId: z.string(),
  locale: z.enum(['fr', 'en']).default('fr'),
  caption: z.string().max(300).nullable().optional(),
  durationSeconds: z.number().int().min(1).nullable().optional(),
  embedUrl: z.string().max(500),
  poster: MediaSchema.nullable().optional(),
  provider: z.enum(['peertube', 'youtube', 'dailymotion', 'vimeo']),
  title: z.string().max(200),
  transcript: BlocksContentSchema,
  createdAt: z.string().datetime({ offset: true }),
  updatedAt: z.string().datetime({ offset: true }),
  publishedAt: z.string().datetime({ offset: true }),
});
export type Video = z.infer<typeof VideoSchema>;

export const BlocksVideoSchema = z.object({
  id: z.number().int(),
  size: z.enum(['sm', 'md', 'lg']).nullable().optional(),
  video: VideoSchema.nullable().optional(),
});
export type BlocksVideo = z.infer<typeof BlocksVideoSchema>;

export const ArticleBodyBlockSchema = z.discriminatedUnion('__component', [
  BlocksAccordionSchema.extend({ __component: z.literal('blocks.accordion') }),
  BlocksCalloutSchema.extend({ __component: z.literal('blocks.callout') }),
  BlocksHighlightSchema.extend({ __component: z.literal('blocks.highlight') }),
  BlocksImageSchema.extend({ __component: z.literal('blocks.image') }),
  BlocksLegacyHtmlSchema.extend({ __component: z.literal('blocks.legacy-html') }),
  BlocksQuoteSchema.extend({ __component: z.literal('blocks.quote') }),
  BlocksRichTextSchema.extend({ __component: z.literal('blocks.rich-text') }),
  BlocksTableSchema.extend({ __component: z.literal('blocks.table') }),
  BlocksVideoSchema.extend({ __component: z.literal('blocks.video') }),
]);
export type ArticleBodyBlock = z.infer<typeof ArticleBodyBlockSchema>;

export const ArticleSchema = z.object({
  id: z.number().int(),
  documentId: z.string(),
  locale: z.enum(['fr', 'en']).default('fr'),
  archiveReason: z.string().max(500).nullable().optional(),
  archived: z.boolean().nullable().optional(),
  authors: z.array(SharedPersonSchema),
  body: z.array(ArticleBodyBlockSchema),
  changeNotes: z.array(SharedChangeNoteSchema),
  cover: MediaSchema.nullable().optional(),
  coverAlt: z.string().max(250).nullable().optional(),
  date: z.iso.date(),
  description: z.string().max(320),
  importDigest: z.string().max(64).nullable().optional(),
  importSource: z.string().max(500).nullable().optional(),
  legacyPaths: z.string().max(4000).nullable().optional(),
  revisedAt: z.iso.datetime({ offset: true }).nullable().optional(),
  seo: SharedSeoSchema.nullable().optional(),
  slug: z.string(),
  tags: z.array(TagScalarsSchema),
  title: z.string().max(160),
  toComplete: z.string().max(8000).nullable().optional(),
  visibleFrom: z.iso.datetime({ offset: true }).nullable().optional(),
  visibleUntil: z.iso.datetime({ offset: true }).nullable().optional(),
  createdAt: z.string().datetime({ offset: true }),
  updatedAt: z.string().datetime({ offset: true }),
  publishedAt: z.string().datetime({ offset: true }),
});
export type Article = z.infer<typeof ArticleSchema>;

export const PageBodyBlockSchema = z.discriminatedUnion('__component', [
  BlocksAccordionSchema.extend({ __component: z.literal('blocks.accordion') }),
  BlocksCalloutSchema.extend({ __component: z.literal('blocks.callout') }),
  BlocksHighlightSchema.extend({ __component: z.literal('blocks.highlight') }),
  BlocksImageSchema.extend({ __component: z.literal('blocks.image') }),
  BlocksLegacyHtmlSchema.extend({ __component: z.literal('blocks.legacy-html') }),
  BlocksQuoteSchema.extend({ __component: z.literal('blocks.quote') }),
  BlocksRichTextSchema.extend({ __component: z.literal('blocks.rich-text') }),
  BlocksTableSchema.extend({ __component: z.literal('blocks.table') }),
  BlocksVideoSchema.extend({ __component: z.literal('blocks.video') }),
]);
export type PageBodyBlock = z.infer<typeof PageBodyBlockSchema>;

export const PageSchema = z.object({
  id: z.number().int(),
  documentId: z.string(),
  locale: z.enum(['fr', 'en']).default('fr'),
  archiveReason: z.string().max(500).nullable().optional(),
  archived: z.boolean().nullable().optional(),
  body: z.array(PageBodyBlockSchema),
  changeNotes: z.array(SharedChangeNoteSchema),
  description: z.string().max(320).nullable().optional(),
  importDigest: z.string().max(64).nullable().optional(),
  importSource: z.string().max(500).nullable().optional(),
  legacyPaths: z.string().max(4000).nullable().optional(),
  revisedAt: z.iso.datetime({ offset: true }).nullable().optional(),
  seo: SharedSeoSchema.nullable().optional(),
  slug: z.string(),
  title: z.string().max(160),
  toComplete: z.string().max(8000).nullable().optional(),
  createdAt: z.string().datetime({ offset: true }),
  updatedAt: z.string().datetime({ offset: true }),
  publishedAt: z.string().datetime({ offset: true }),
});
export type Page = z.infer<typeof PageSchema>;

export const VideoScalarsSchema = z.object({
  id: z.number().int(),
  documentId: z.string(),
  locale: z.enum(['fr', 'en']).default('fr'),
  caption: z.string().max(300).nullable().optional(),
  durationSeconds: z.number().int().min(1).nullable().optional(),
  embedUrl: z.string().max(500),
  provider: z.enum(['peertube', 'youtube', 'dailymotion', 'vimeo']),
  title: z.string().max(200),
  transcript: BlocksContentSchema,
  createdAt: z.string().datetime({ offset: true }),
  updatedAt: z.string().datetime({ offset: true }),
  publishedAt: z.string().datetime({ offset: true }),
});
export type VideoScalars = z.infer<typeof VideoScalarsSchema>;

export const EventSchema = z.object({
  id: z.number().int(),
  documentId: z.string(),
  locale: z.enum(['fr', 'en']).default('fr'),
  allDay: z.boolean().nullable().optional(),
  archiveReason: z.string().max(500).nullable().optional(),
  archived: z.boolean().nullable().optional(),
  body: BlocksContentSchema.nullable().optional(),
  changeNotes: z.array(SharedChangeNoteSchema),
  durationMinutes: z.number().int().min(5).max(10080).nullable().optional(),
  endsAt: z.iso.datetime({ offset: true }).nullable().optional(),
  kind: z.enum(['webinaire', 'rencontre', 'atelier']),
  legacyPaths: z.string().max(4000).nullable().optional(),
  onlineUrl: z.string().max(500).nullable().optional(),
  place: z.string().max(300).nullable().optional(),
  recording: VideoScalarsSchema.nullable().optional(),
  registrationUrl: z.string().max(500).nullable().optional(),
  revisedAt: z.iso.datetime({ offset: true }).nullable().optional(),
  slides: MediaSchema.nullable().optional(),
  slidesUrl: z.string().max(500).nullable().optional(),
  slug: z.string(),
  startsAt: z.iso.datetime({ offset: true }),
  summary: z.string().max(500),
  title: z.string().max(160),
  toComplete: z.string().max(8000).nullable().optional(),
  createdAt: z.string().datetime({ offset: true }),
  updatedAt: z.string().datetime({ offset: true }),
  publishedAt: z.string().datetime({ offset: true }),
});
export type Event = z.infer<typeof EventSchema>;

/** The site's languages (apps/cms/src/i18n/locales.json); REST without `locale` answers in the default one. */
export const locales = ['fr', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale = 'fr' satisfies Locale;
/** Every content type of the REST API, keyed by its route segment (/api/<key>). */
export const contentTypes = {
  articles: {
    uid: 'api::article.article',
    kind: 'collectionType',
    singularName: 'article',
    collection: 'articles',
    draftAndPublish: true,
    localized: true,
    embeds: ['quotes', 'tags', 'videos'],
    route: {
      detailPages: true,
      en: {
        label: 'Articles',
        section: 'articles',
      },
      label: 'Articles',
      section: 'articles',
    },
    schema: ArticleSchema,
    populate: {
      authors: true,
      body: {
        on: {
          'blocks.accordion': {
            populate: {
              items: true,
            },
          },
          'blocks.callout': {
            populate: {
              link: true,
            },
          },
          'blocks.highlight': true,
          'blocks.image': {
            populate: {
              image: true,
            },
          },
          'blocks.legacy-html': true,
          'blocks.quote': {
            populate: {
              quote: {
                populate: {
                  portrait: true,
                },
              },
            },
          },
          'blocks.rich-text': true,
          'blocks.table': {
            populate: {
              rows: true,
            },
          },
          'blocks.video': {
            populate: {
              video: {
                populate: {
                  poster: true,
                },
              },
            },
          },
        },
      },
      changeNotes: true,
      cover: true,
      seo: {
        populate: {
          shareImage: true,
        },
      },
      tags: true,
    },
  },
  events: {
    uid: 'api::event.event',
    kind: 'collectionType',
    singularName: 'event',
    collection: 'events',
    draftAndPublish: true,
    localized: true,
    embeds: ['videos'],
    route: {
      detailPages: true,
      en: {
        label: 'Events',
        section: 'events',
      },
      label: 'Événements',
      section: 'evenements',
    },
    schema: EventSchema,
    populate: {
      changeNotes: true,
      recording: true,
      slides: true,
    },
  },
  navigation: {
    uid: 'api::navigation.navigation',
    kind: 'singleType',
    singularName: 'navigation',
    collection: 'navigations',
    draftAndPublish: false,
    localized: true,
    embeds: [],
    route: null,
    schema: NavigationSchema,
    populate: {
      footerLinks: true,
      legalLinks: true,
      mainMenu: true,
    },
  },
  pages: {
    uid: 'api::page.page',
    kind: 'collectionType',
    singularName: 'page',
    collection: 'pages',
    draftAndPublish: true,
    localized: true,
    embeds: ['quotes', 'videos'],
    route: {
      detailPages: true,
      en: {
        label: 'Pages',
        section: 'pages',
      },
      label: 'Pages',
      section: 'pages',
    },
    schema: PageSchema,
    populate: {
      body: {
        on: {
          'blocks.accordion': {
            populate: {
              items: true,
            },
          },
          'blocks.callout': {
            populate: {
              link: true,
            },
          },
          'blocks.highlight': true,
          'blocks.image': {
            populate: {
              image: true,
            },
          },
          'blocks.legacy-html': true,
          'blocks.quote': {
            populate: {
              quote: {
                populate: {
                  portrait: true,
                },
              },
            },
          },
          'blocks.rich-text': true,
          'blocks.table': {
            populate: {
              rows: true,
            },
          },
          'blocks.video': {
            populate: {
              video: {
                populate: {
                  poster: true,
                },
              },
            },
          },
        },
      },
      changeNotes: true,
      seo: {
        populate: {
          shareImage: true,
        },
      },
    },
  },
  'project-calls': {
    uid: 'api::project-call.project-call',
    kind: 'collectionType',
    singularName: 'project-call',
    collection: 'projectCalls',
    draftAndPublish: true,
    localized: true,
    embeds: ['articles', 'tags'],
    route: {
      detailPages: true,
      en: {
        label: 'Calls for projects',
        section: 'calls-for-projects',
      },
      label: 'Appels à projets',
      section: 'appels-a-projets',
    },
    schema: ProjectCallSchema,
    populate: {
      changeNotes: true,
      image: true,
      partners: {
        populate: {
          logo: true,
        },
      },
      proposedProjects: {
        populate: {
          logo: true,
        },
      },
      resultsArticle: true,
      seo: {
        populate: {
          shareImage: true,
        },
      },
      tags: true,
    },
  },
  quotes: {
    uid: 'api::quote.quote',
    kind: 'collectionType',
    singularName: 'quote',
    collection: 'quotes',
    draftAndPublish: true,
    localized: true,
    embeds: [],
    route: {
      detailPages: false,
      en: null,
      label: 'Citations',
      section: 'citations',
    },
    schema: QuoteSchema,
    populate: {
      portrait: true,
    },
  },
  'site-setting': {
    uid: 'api::site-setting.site-setting',
    kind: 'singleType',
    singularName: 'site-setting',
    collection: 'siteSettings',
    draftAndPublish: false,
    localized: true,
    embeds: [],
    route: null,
    schema: SiteSettingSchema,
    populate: {
      defaultSeo: {
        populate: {
          shareImage: true,
        },
      },
      noticeLink: true,
    },
  },
  tags: {
    uid: 'api::tag.tag',
    kind: 'collectionType',
    singularName: 'tag',
    collection: 'tags',
    draftAndPublish: false,
    localized: true,
    embeds: ['articles', 'project-calls'],
    route: {
      detailPages: true,
      en: {
        label: 'Topics',
        section: 'tags',
      },
      label: 'Thèmes',
      section: 'tags',
    },
    schema: TagSchema,
    populate: {
      articles: true,
      projectCalls: true,
    },
  },
  videos: {
    uid: 'api::video.video',
    kind: 'collectionType',
    singularName: 'video',
    collection: 'videos',
    draftAndPublish: true,
    localized: true,
    embeds: [],
    route: {
      detailPages: false,
      en: {
        label: 'Videos',
        section: 'videos',
      },
      label: 'Vidéos',
      section: 'videos',
    },
    schema: VideoSchema,
    populate: {
      poster: true,
    },
  },
} as const satisfies Record<string, ContentTypeDefinition>;
