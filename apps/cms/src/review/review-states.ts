/**
 * The review step of every draft-and-publish type (issue 20): the editor's own words are stored,
 * because the content manager shows an enumeration's raw value in its list column and filter.
 * Not « Brouillon »: that is already Strapi's word for an unpublished entry, shown in the next column.
 * Each schema.json repeats the attribute (Strapi reads schemas as static JSON);
 * test/review-states.test.ts keeps them equal to this file.
 */
export const reviewField = 'reviewState';

export const reviewStates = {
  notRequested: 'Non demandée',
  toReview: 'À relire',
  ready: 'Prêt à publier',
} as const;

export type ReviewState = (typeof reviewStates)[keyof typeof reviewStates];

/**
 * The attribute as each schema.json declares it: private, so the site's REST reads never carry it;
 * one state per language (every draft-and-publish type is translated), each version being reviewed on its own.
 */
export const reviewAttribute = {
  type: 'enumeration',
  enum: Object.values(reviewStates),
  default: reviewStates.notRequested,
  private: true,
  pluginOptions: { i18n: { localized: true } },
} as const;
