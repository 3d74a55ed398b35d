/** The names other plugins give themselves in the menus (Strapi 5.54 ships them in English in fr.json). */
export const contentTypeBuilderFr: Record<string, string> = {
  'plugin.name': 'Constructeur de types de contenu',
};

export const emailFr: Record<string, string> = {
  'SettingsNav.section-label': 'Courriel',
};

export const usersPermissionsFr: Record<string, string> = {
  'Settings.section-label': 'Comptes du site public',
};
