/**
 * The editorial lifecycle of a page (issue 33): public change notes, archiving, and the page that
 * replaces an unpublished one. Every draft-and-publish type with a page per entry carries these
 * attributes; Strapi reads each schema.json as static JSON, so each repeats them, and
 * test/lifecycle-fields.test.ts keeps them equal to this file.
 *
 * The draft-side fields (`updateNote`, `minorCorrection`, `replacedBy`) are private: the site's REST
 * reads never carry them; the middlewares of this folder turn them into public content at publish
 * and unpublish time.
 */
export const lifecycleFields = {
  updateNote: 'updateNote',
  minorCorrection: 'minorCorrection',
  changeNotes: 'changeNotes',
  revisedAt: 'revisedAt',
  archived: 'archived',
  archiveReason: 'archiveReason',
  replacedBy: 'replacedBy',
} as const;

export const changeNoteComponent = 'shared.change-note';

// Every type with the lifecycle is translated: each language's version is corrected, noted and
// replaced on its own; archiving is the page's fate, shared by its languages.
const translated = { pluginOptions: { i18n: { localized: true } } } as const;
const shared = { pluginOptions: { i18n: { localized: false } } } as const;

export const lifecycleAttributes = {
  updateNote: { type: 'text', maxLength: 500, private: true, ...translated },
  minorCorrection: { type: 'boolean', default: false, private: true, ...translated },
  changeNotes: { type: 'component', repeatable: true, component: changeNoteComponent, ...translated },
  revisedAt: { type: 'datetime', ...translated },
  archived: { type: 'boolean', default: false, ...shared },
  archiveReason: { type: 'text', maxLength: 500, ...translated },
  replacedBy: { type: 'string', maxLength: 300, private: true, ...translated },
} as const;

type Attributes = Record<string, unknown>;

/** Whether a content type has the lifecycle (its attributes as Strapi loaded them). */
export const hasLifecycle = (attributes: Attributes | undefined): boolean => lifecycleFields.changeNotes in (attributes ?? {});
