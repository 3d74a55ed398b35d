import type { StrapiApp } from '@strapi/strapi/admin';

/**
 * Admin panel customisation: French for the editors, and a login page that says where they are.
 *
 * English stays available (Strapi always ships it and uses it until a user picks a language in
 * their profile), so its welcome text is overridden too.
 */
export default {
  config: {
    locales: ['fr'],
    translations: {
      fr: {
        'Auth.form.welcome.title': 'Bienvenue sur BlueHats',
        'Auth.form.welcome.subtitle': 'Connectez-vous à votre compte',
      },
      en: {
        'Auth.form.welcome.title': 'Welcome to BlueHats',
        'Auth.form.welcome.subtitle': 'Log in to your account',
      },
    },
  },
  bootstrap(_app: StrapiApp) {},
};
