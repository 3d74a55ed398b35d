/// <reference types="astro/client" />

declare module 'virtual:bluehats/dsfr-table-stylesheet' {
  /** Public URL of the trimmed DSFR table stylesheet (integrations/dsfr-table-stylesheet.ts). */
  const url: string;
  export default url;
}
