/// <reference types="astro/client" />

declare module 'virtual:bluehats/dsfr-table-stylesheet' {
  /** Public URL of the trimmed DSFR table stylesheet (integrations/dsfr-table-stylesheet.ts). */
  const url: string;
  export default url;
}

declare module 'virtual:bluehats/dsfr-notice-stylesheet' {
  /** Public URL of the trimmed DSFR notice stylesheet (integrations/dsfr-notice-stylesheet.ts). */
  const url: string;
  export default url;
}
