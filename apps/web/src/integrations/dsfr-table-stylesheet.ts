import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { trimmedDsfrStylesheet } from './trimmed-dsfr-stylesheet.ts';

/**
 * The DSFR's table stylesheet also styles selectable rows, fixed cells, sorting buttons, headers
 * and footers with pagination, and the markup of its older versions (a <table> right inside
 * .fr-table): 4.2 KB gzip, most of it for markup we never write. PurgeCSS keeps the rules whose
 * classes, elements and attributes appear in our component; the older markup's rules, which it
 * cannot tell apart (same class, same element), go by their selector: about 1 KB remains.
 * Import 'virtual:bluehats/dsfr-table-stylesheet' for its URL (components/dsfr/Table.astro).
 */
export const dsfrTableStylesheet = () =>
  trimmedDsfrStylesheet({
    id: 'virtual:bluehats/dsfr-table-stylesheet',
    name: 'dsfr-table',
    // The screen styles (table.main): the full file adds Internet Explorer's and the print rules.
    css: createRequire(import.meta.url).resolve('@gouvfr/dsfr/dist/component/table/table.main.min.css'),
    markup: fileURLToPath(new URL('../components/dsfr/Table.astro', import.meta.url)),
    dropSelectors: ['.fr-table>table'],
    mustKeep: '.fr-table__content',
  });
