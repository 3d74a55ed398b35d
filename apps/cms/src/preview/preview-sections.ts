/**
 * Content types an editor can preview, and the site's section that renders each one. A file of its
 * own, free of Node modules, so the admin's bundle can import it too (admin/shared-preview-panel.tsx).
 */
export const previewSections: Readonly<Record<string, string>> = {
  'api::article.article': 'articles',
  'api::project-call.project-call': 'appels-a-projets',
  'api::page.page': 'pages',
  'api::event.event': 'evenements',
};

