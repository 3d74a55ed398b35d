import { dsfrComponentStylesheet } from './trimmed-dsfr-stylesheet.ts';

/**
 * The DSFR's table stylesheet also styles selectable rows, fixed cells, sorting buttons, headers
 * and footers with pagination, and the markup of its older versions (a <table> right inside
 * .fr-table): 4.2 KB gzip, most of it for markup we never write. PurgeCSS keeps the rules whose
 * classes, elements and attributes appear in our component; the older markup's rules, which it
 * cannot tell apart (same class, same element), go by their selector: about 1 KB remains.
 * The screen styles only: the full file adds Internet Explorer's and the print rules.
 */
export const dsfrTableStylesheet = () =>
  dsfrComponentStylesheet('table', 'Table.astro', { dropSelectors: ['.fr-table>table'], mustKeep: '.fr-table__content' });
