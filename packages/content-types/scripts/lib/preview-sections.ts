import { compareNames } from './naming';
import { CMS_SRC, readModel } from './read-schemas';
import { quote } from './source';
import type { Model } from './strapi-schema';

export const PREVIEW_SECTIONS_FILE = `${CMS_SRC}preview/preview-sections.ts`;

/**
 * The CMS's list of previewable types, written into apps/cms rather than imported: the CMS runs
 * compiled JavaScript and its admin bundle takes no workspace package, yet the list must follow
 * the registry (types with drafts and a page per entry).
 */
export const generatePreviewSections = (model: Model = readModel()): string => {
  const withPages = [...model.contentTypes.values()].filter((type) => type.route?.detailPages === true).sort((a, b) => compareNames(a.uid, b.uid));
  const linesOf = (types: typeof withPages): string[] => types.map((type) => `  ${quote(type.uid)}: ${quote(type.route?.section ?? '')},`);
  const lines = linesOf(withPages.filter((type) => type.options?.draftAndPublish === true));
  return `// Fichier généré depuis les schémas et les route.json des types : ne pas modifier à la main (npm run types).

/**
 * Content types an editor can preview, and the site's section that renders each one. Free of Node
 * modules, so the admin's bundle can import it too (admin/shared-preview-panel.tsx).
 */
export const previewSections: Readonly<Record<string, string>> = {
${lines.join('\n')}
};

/**
 * Content types with a page per entry, at /<section>/<slug>/: the types whose edit view tells
 * whether the page is online (admin/public-state-panel.tsx, public-state/public-state-route.ts).
 */
export const pageSections: Readonly<Record<string, string>> = {
${linesOf(withPages).join('\n')}
};
`;
};
