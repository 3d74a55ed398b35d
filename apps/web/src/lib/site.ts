import { getEntry } from 'astro:content';

/** Site settings and navigation are required: a build without them would show an anonymous site. */
export const siteSettings = async () => {
  const entry = await getEntry('siteSettings', 'site-setting');
  if (!entry) throw new Error('Réglages du site absents dans Strapi : remplissez « Réglages du site » dans l’administration.');
  return entry.data;
};

export const navigation = async () => {
  const entry = await getEntry('navigations', 'navigation');
  return entry?.data ?? { mainMenu: [], footerLinks: [], legalLinks: [] };
};
