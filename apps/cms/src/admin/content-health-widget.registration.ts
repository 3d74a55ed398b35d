import { Check } from '@strapi/icons';

/** The home-page widget's description; its component is loaded only when the home page shows it. */
export const contentHealthWidget = {
  id: 'content-health',
  icon: Check,
  title: { id: 'bluehats.content-health.title', defaultMessage: 'À compléter' },
  component: async () => (await import('./content-health-widget')).ContentHealthWidget,
};
