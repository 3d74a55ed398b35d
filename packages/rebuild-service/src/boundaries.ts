/**
 * What the site build and this service agree on about boundaries, without Node's modules: the
 * site's build imports it (`@bluehats/rebuild-service/boundaries`) to write the file this reads.
 */

/** A moment at which a page's content changes by itself (a call opens, an event ends…); `What` names its kind. */
export type Boundary<What extends string = string> = { at: string; what: What };

/** Written by the site build (apps/web/src/pages/echeances.json.ts) into its output: the boundaries still to come. */
export const BOUNDARIES_FILE = 'echeances.json';
