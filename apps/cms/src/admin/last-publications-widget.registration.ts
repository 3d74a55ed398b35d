import type { StrapiApp } from '@strapi/strapi/admin';
import { Globe } from '@strapi/icons';
import { addPublicStatePanel } from './public-state-panel';

/** The page's public state: the edit view's panel and the home page's « Dernières publications ». */
export const registerPublicState = {
  register: (app: StrapiApp): void => {
    app.widgets.register({
      id: 'last-publications',
      icon: Globe,
      title: { id: 'bluehats.widget.last-publications.title', defaultMessage: 'Dernières publications' },
      component: async () => (await import('./last-publications-widget')).LastPublications,
    });
  },
  bootstrap: addPublicStatePanel,
};
