import type { StrapiApp } from '@strapi/strapi/admin';
import { contentHealthWidget } from './content-health-widget.registration';
import cmsPackage from '../../package.json';
import { frenchStrings } from './translations';
import { addSharedPreviewPanel } from './shared-preview-panel';
import { addHistoryPanel } from './history/history-panel';
import { addLinkCheckPanel } from './link-check/link-check-panel';
import { registerReviewWidget } from './review-widget';
import { customiseDocumentActions } from './document-actions';
import { contentManagerApis } from './content-manager-apis';
import { SlugFromTitlePanel } from './slug-from-title';
import { translateHardCodedEnglish } from './hard-coded-english';
import { hideLinkCodes } from './link-codes';
import { registerPublicState } from './last-publications-widget.registration';

/**
 * The media library's announcement ("Introducing the new Media Library… Read blog post") speaks of
 * Strapi's release to developers, not to editors. The admin shows it until it is dismissed, which it
 * stores per browser under a key scoped by the project's uuid (package.json "strapi.uuid", or false
 * when telemetry is off in package.json): storing the dismissal when this module loads means editors never see it.
 */
const dismissMediaLibraryBanner = (): void => {
  for (const scope of [cmsPackage.strapi.uuid, 'false', 'undefined']) {
    for (const legacy of ['true', 'false']) {
      window.localStorage.setItem(`STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_${legacy}:${scope}`, 'true');
    }
  }
};

const languageKey = 'strapi-admin-language';

/**
 * Strapi shows English until a language is stored in the browser, the login page included (accounts
 * created here have French as their language, which applies only once logged in). Set when this
 * module loads, before the admin reads it; a language picked later by the user is kept.
 */
if (window.localStorage.getItem(languageKey) === null) window.localStorage.setItem(languageKey, 'fr');

dismissMediaLibraryBanner();
translateHardCodedEnglish();
hideLinkCodes();

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
        ...frenchStrings,
        'Auth.form.welcome.title': 'Bienvenue sur BlueHats',
        'Auth.form.welcome.subtitle': 'Connectez-vous à votre compte',
      },
      en: {
        'Auth.form.welcome.title': 'Welcome to BlueHats',
        'Auth.form.welcome.subtitle': 'Log in to your account',
      },
    },
  },
  register(app: StrapiApp) {
    registerReviewWidget(app);
    app.widgets.register(contentHealthWidget);
    registerPublicState.register(app);
  },
  bootstrap(app: StrapiApp) {
    addSharedPreviewPanel(app);
    contentManagerApis(app).addEditViewSidePanel([SlugFromTitlePanel]);
    customiseDocumentActions(app);
    addHistoryPanel(app);
    addLinkCheckPanel(app);
    registerPublicState.bootstrap(app);
  },
};
