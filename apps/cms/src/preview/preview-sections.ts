// Fichier généré depuis les schémas et les route.json des types : ne pas modifier à la main (npm run types).

/**
 * Content types an editor can preview, and the site's section that renders each one. Free of Node
 * modules, so the admin's bundle can import it too (admin/shared-preview-panel.tsx).
 */
export const previewSections: Readonly<Record<string, string>> = {
  'api::article.article': 'articles',
  'api::event.event': 'evenements',
  'api::page.page': 'pages',
  'api::project-call.project-call': 'appels-a-projets',
};

/**
 * Content types with a page per entry, at /<section>/<slug>/: the types whose edit view tells
 * whether the page is online (admin/public-state-panel.tsx, public-state/public-state-route.ts).
 */
export const pageSections: Readonly<Record<string, string>> = {
  'api::article.article': 'articles',
  'api::event.event': 'evenements',
  'api::page.page': 'pages',
  'api::project-call.project-call': 'appels-a-projets',
  'api::tag.tag': 'tags',
};

/**
 * The address of those pages' section in each language the type has pages in, by the registry's
 * rule (sectionIn: `/en/events/` for English): where « Sur le site » and « Dernières
 * publications » link each language version.
 */
export const pagePaths: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'api::article.article': { fr: '/articles/', en: '/en/articles/' },
  'api::event.event': { fr: '/evenements/', en: '/en/events/' },
  'api::page.page': { fr: '/pages/', en: '/en/pages/' },
  'api::project-call.project-call': { fr: '/appels-a-projets/', en: '/en/calls-for-projects/' },
  'api::tag.tag': { fr: '/tags/', en: '/en/tags/' },
};
