import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import postcss from 'postcss';
import { PurgeCSS } from 'purgecss';
import type { ViteUserConfig } from 'astro';

/** Import it for the URL of the DSFR table stylesheet, trimmed to what components/dsfr/Table.astro uses. */
// Not ending in .css: Vite's CSS plugin would take the module for a stylesheet.
export const TABLE_STYLESHEET = 'virtual:bluehats/dsfr-table-stylesheet';
const RESOLVED = `\0${TABLE_STYLESHEET}`;

// Astro's own Vite (not the one vitest brings at the root of node_modules).
type VitePlugin = Extract<NonNullable<ViteUserConfig['plugins']>[number], { name: string }>;

// The screen styles (table.main): the full file adds Internet Explorer's and the print rules.
const dsfrTableCss = createRequire(import.meta.url).resolve('@gouvfr/dsfr/dist/component/table/table.main.min.css');
const tableMarkup = fileURLToPath(new URL('../components/dsfr/Table.astro', import.meta.url));

/**
 * The DSFR's table stylesheet also styles selectable rows, fixed cells, sorting buttons, headers
 * and footers with pagination, and the markup of its older versions (a <table> right inside
 * .fr-table): 4.2 KB gzip, most of it for markup we never write. PurgeCSS keeps the rules whose
 * classes, elements and attributes appear in our component; the older markup's rules, which it
 * cannot tell apart (same class, same element), go by their selector: about 1 KB remains.
 */
export const trimmedTableCss = async (): Promise<string> => {
  const [purged] = await new PurgeCSS().purge({ content: [tableMarkup], css: [dsfrTableCss] });
  const root = postcss.parse(purged?.css ?? '');
  root.walkRules((rule) => {
    rule.selectors = rule.selectors.filter((selector) => !selector.startsWith('.fr-table>table'));
    if (rule.selectors.length === 0) rule.remove();
  });
  root.walkAtRules((atRule) => {
    if (!atRule.nodes?.some((node) => node.type !== 'comment')) atRule.remove();
  });
  const css = root.toString();
  if (!css.includes('.fr-table__content')) throw new Error(`Feuille de style du tableau DSFR vide après tri : ${dsfrTableCss}`);
  return css;
};

/**
 * A stylesheet file of its own rather than an import bundled with the page's CSS: bundled, it would
 * weigh on every article and page; linked by the table, only the pages with a table load it.
 */
export const dsfrTableStylesheet = (): VitePlugin => {
  let serving = false;
  return {
    name: 'bluehats:dsfr-table-stylesheet',
    configResolved: (config) => {
      serving = config.command === 'serve';
    },
    resolveId: (id) => (id === TABLE_STYLESHEET ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      // The dev server cannot emit files: it serves the DSFR's file as it is.
      if (serving) return `export { default } from ${JSON.stringify(`${dsfrTableCss}?url`)};`;
      const referenceId = this.emitFile({ type: 'asset', name: 'dsfr-table.css', source: await trimmedTableCss() });
      // Vite replaces this placeholder with the file's public URL (/_astro/dsfr-table.<hash>.css).
      return `export default ${JSON.stringify(`__VITE_ASSET__${referenceId}__`)};`;
    },
  };
};
