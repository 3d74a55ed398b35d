import { createHmac } from 'node:crypto';

/**
 * The API token the preview server reads drafts with, derived from PREVIEW_SECRET. Whoever holds
 * that secret can already sign preview links and read any draft through the preview server, so a
 * derived token exposes nothing more, and the CMS and the preview server need no second secret.
 * Imported by both (apps/web/src/preview/PreviewPage.astro).
 */
export const previewApiTokenValue = (previewSecret: string | undefined): string | undefined =>
  previewSecret ? createHmac('sha256', previewSecret).update('bluehats:jeton-api-apercu').digest('hex') : undefined;
