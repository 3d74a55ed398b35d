import type { StrapiApp, WidgetArgs } from '@strapi/strapi/admin';
import { Feather } from '@strapi/icons';

/**
 * The review step's home widget (docs/guide-redaction.md, Relecture). Shown to whoever may publish
 * (the Publication role and the super administrator): the Rédaction role only asks for reviews.
 * First on the home page, where Publication starts its day.
 */
const reviewWidget: WidgetArgs = {
  id: 'awaiting-review',
  icon: Feather,
  title: { id: 'bluehats.widget.awaiting-review.title', defaultMessage: 'À relire et à publier' },
  component: async () => (await import('./review-widget/AwaitingReview')).AwaitingReview,
  permissions: [{ action: 'plugin::content-manager.explorer.publish' }],
};

export const registerReviewWidget = (app: StrapiApp): void => {
  app.widgets.register((widgets) => [reviewWidget, ...widgets]);
};
