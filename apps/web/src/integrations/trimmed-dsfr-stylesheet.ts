import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import postcss from 'postcss';
import { PurgeCSS } from 'purgecss';
import type { ViteUserConfig } from 'astro';

// Astro's own Vite (not the one vitest brings at the root of node_modules).
type VitePlugin = Extract<NonNullable<ViteUserConfig['plugins']>[number], { name: string }>;

/** One DSFR stylesheet, trimmed to the markup of the one component that links it. */
export type TrimmedStylesheet = {
  /** Import it for the file's URL. Not ending in .css: Vite's CSS plugin would take the module for a stylesheet. */
  id: string;
  /** Name of the emitted file (`<name>.<hash>.css`, in Astro's assets folder). */
  name: string;
  /** The DSFR's stylesheet, resolved. */
  css: string;
  /** The component whose classes, elements and attributes decide which rules stay. */
  markup: string;
  /** Selectors PurgeCSS cannot tell apart from ours (same class, same element), dropped by their start. */
  dropSelectors?: readonly string[];
  /** A class the trimmed file must keep: without it, the trim went wrong and the build fails. */
  mustKeep: string;
};

/** PurgeCSS keeps the rules our markup can match; the listed selectors and emptied at-rules go. */
export const trimmedCss = async (sheet: TrimmedStylesheet): Promise<string> => {
  const [purged] = await new PurgeCSS().purge({ content: [sheet.markup], css: [sheet.css] });
  const root = postcss.parse(purged?.css ?? '');
  root.walkRules((rule) => {
    rule.selectors = rule.selectors.filter((selector) => !(sheet.dropSelectors ?? []).some((start) => selector.startsWith(start)));
    if (rule.selectors.length === 0) rule.remove();
  });
  root.walkAtRules((atRule) => {
    if (!atRule.nodes?.some((node) => node.type !== 'comment')) atRule.remove();
  });
  const css = root.toString();
  if (!css.includes(sheet.mustKeep)) throw new Error(`Feuille de style DSFR vide après tri : ${sheet.css}`);
  return css;
};

/**
 * A stylesheet file of its own rather than an import bundled with the page's CSS: bundled, it would
 * weigh on every page; linked by its component, only the pages that show it load it.
 */
export const trimmedDsfrStylesheet = (sheet: TrimmedStylesheet): VitePlugin => {
  const resolved = `\0${sheet.id}`;
  let serving = false;
  return {
    name: `bluehats:${sheet.name}-stylesheet`,
    configResolved: (config) => {
      serving = config.command === 'serve';
    },
    resolveId: (id) => (id === sheet.id ? resolved : undefined),
    async load(id) {
      if (id !== resolved) return undefined;
      // The dev server cannot emit files: it serves the DSFR's file as it is.
      if (serving) return `export { default } from ${JSON.stringify(`${sheet.css}?url`)};`;
      const referenceId = this.emitFile({ type: 'asset', name: `${sheet.name}.css`, source: await trimmedCss(sheet) });
      // Vite replaces this placeholder with the file's public URL.
      return `export default ${JSON.stringify(`__VITE_ASSET__${referenceId}__`)};`;
    },
  };
};

/**
 * The trimmed stylesheet of one DSFR component (its screen styles, `<name>.main.min.css`), for the
 * component of ours in components/dsfr/ that links it; import `virtual:bluehats/dsfr-<name>-stylesheet`.
 */
export const dsfrComponentStylesheet = (
  component: string,
  markup: string,
  trim: Pick<TrimmedStylesheet, 'dropSelectors' | 'mustKeep'>,
): VitePlugin =>
  trimmedDsfrStylesheet({
    id: `virtual:bluehats/dsfr-${component}-stylesheet`,
    name: `dsfr-${component}`,
    css: createRequire(import.meta.url).resolve(`@gouvfr/dsfr/dist/component/${component}/${component}.main.min.css`),
    markup: fileURLToPath(new URL(`../components/dsfr/${markup}`, import.meta.url)),
    ...trim,
  });
