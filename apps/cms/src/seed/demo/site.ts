/** Demo content: site settings and navigation. */
import { CONTACT_EMAIL, DINUM } from './shared';
import type { DemoSiteSettings, DemoNavigation } from './types';

export const demoSiteSettings: DemoSiteSettings = {
  siteName: 'BlueHats — logiciels libres de l’État',
  tagline: 'La communauté des agents publics qui utilisent, financent et font vivre les logiciels libres',
  brandTop: 'République\nFrançaise',
  operatorName: DINUM,
  footerDescription:
    'Ce site est animé par la mission logiciels libres de la Direction interministérielle du numérique. Il présente la communauté BlueHats, ses ateliers et les appels à projets comme le BlueHats Semester of Code.',
  accessibilityStatus: 'non-conforme',
  licence: 'licence etalab-2.0',
  contactEmail: CONTACT_EMAIL,
  defaultSeo: {
    metaTitle: 'BlueHats — logiciels libres de l’État',
    metaDescription:
      'Actualités, ateliers et appels à projets de la mission logiciels libres de la DINUM et de la communauté BlueHats.',
  },
};

export const demoNavigation: DemoNavigation = {
  mainMenu: [
    { label: 'Articles', url: '/articles/' },
    { label: 'Appels à projets', url: '/appels-a-projets/' },
    { label: 'Événements', url: '/evenements/' },
    { label: 'À propos', url: '/pages/a-propos/' },
  ],
  footerLinks: [
    { label: 'code.gouv.fr', url: 'https://code.gouv.fr' },
    { label: 'numerique.gouv.fr', url: 'https://www.numerique.gouv.fr' },
    { label: 'data.gouv.fr', url: 'https://www.data.gouv.fr' },
    { label: 'legifrance.gouv.fr', url: 'https://www.legifrance.gouv.fr' },
  ],
  legalLinks: [
    { label: 'Mentions légales', url: '/pages/mentions-legales/' },
    { label: 'Accessibilité : non conforme', url: '/pages/accessibilite/' },
    { label: 'Données personnelles', url: '/pages/donnees-personnelles/' },
    { label: 'Plan du site', url: '/plan-du-site/' },
  ],
};
