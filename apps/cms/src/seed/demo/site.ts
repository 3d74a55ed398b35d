/** Demo content: site settings and navigation, in French and in English. */
import { CONTACT_EMAIL, DINUM, DINUM_EN } from './shared';
import type { DemoLink, DemoSiteSettings, DemoNavigation } from './types';

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
  english: {
    siteName: 'BlueHats — the French State’s free software',
    tagline: 'The community of public servants who use, fund and sustain free software',
    operatorName: DINUM_EN,
    footerDescription:
      'This site is run by the free software unit of the Interministerial Digital Directorate. It presents the BlueHats community, its workshops and calls for projects such as the BlueHats Semester of Code.',
    licence: 'etalab-2.0 licence',
    defaultSeo: {
      metaTitle: 'BlueHats — the French State’s free software',
      metaDescription: 'News, workshops and calls for projects from the DINUM’s free software unit and the BlueHats community.',
    },
  },
};

// Named by their addresses: the same links in both languages.
const officialSites: DemoLink[] = [
  { label: 'code.gouv.fr', url: 'https://code.gouv.fr' },
  { label: 'numerique.gouv.fr', url: 'https://www.numerique.gouv.fr' },
  { label: 'data.gouv.fr', url: 'https://www.data.gouv.fr' },
  { label: 'legifrance.gouv.fr', url: 'https://www.legifrance.gouv.fr' },
];

export const demoNavigation: DemoNavigation = {
  mainMenu: [
    { label: 'Articles', url: '/articles/' },
    { label: 'Appels à projets', url: '/appels-a-projets/' },
    { label: 'Événements', url: '/evenements/' },
    { label: 'À propos', url: '/pages/a-propos/' },
  ],
  footerLinks: officialSites,
  legalLinks: [
    { label: 'Mentions légales', url: '/pages/mentions-legales/' },
    { label: 'Accessibilité : non conforme', url: '/pages/accessibilite/' },
    { label: 'Données personnelles', url: '/pages/donnees-personnelles/' },
    { label: 'Plan du site', url: '/plan-du-site/' },
  ],
  // The English menus lead to the English sections and pages (/en/…), the accessibility statement
  // excepted: it exists in French only.
  english: {
    mainMenu: [
      { label: 'Articles', url: '/en/articles/' },
      { label: 'Calls for projects', url: '/en/calls-for-projects/' },
      { label: 'Events', url: '/en/events/' },
      { label: 'About', url: '/en/pages/about/' },
    ],
    footerLinks: officialSites,
    legalLinks: [
      { label: 'Legal notice', url: '/en/pages/legal-notice/' },
      { label: 'Accessibility: non-compliant', url: '/pages/accessibilite/' },
      { label: 'Personal data', url: '/en/pages/personal-data/' },
      { label: 'Site map', url: '/en/site-map/' },
    ],
  },
};
