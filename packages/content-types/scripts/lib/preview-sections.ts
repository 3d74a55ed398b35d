import { compareNames } from './naming';
import { CMS_SRC, readModel } from './read-schemas';
import { propertyKey, quote } from './source';
import { languageRule, type Model } from './strapi-schema';
import { routeSectionIn } from '../../src/sections';

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
  const { locales, defaultLocale } = model.locales;
  const pathLines = withPages.map((type) => {
    const paths = locales.flatMap(({ code }) => {
      const section = routeSectionIn(type.route, languageRule(type) === true, code, defaultLocale);
      return section ? [`${propertyKey(code)}: ${quote(section.path)}`] : [];
    });
    return `  ${quote(type.uid)}: { ${paths.join(', ')} },`;
  });
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

/**
 * The address of those pages' section in each language the type has pages in, by the registry's
 * rule (sectionIn: \`/en/events/\` for English): where « Sur le site » and « Dernières
 * publications » link each language version.
 */
export const pagePaths: Readonly<Record<string, Readonly<Record<string, string>>>> = {
${pathLines.join('\n')}
};
`;
};
