import type { Core } from '@strapi/strapi';
import { previewLink } from '../src/preview/preview-link';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
  // Tests boot the API without the admin bundle, which is built once by `npm start`.
  serveAdminPanel: env.bool('SERVE_ADMIN_PANEL', true),
  auth: {
    secret: env('ADMIN_JWT_SECRET')!,
  },
  apiToken: {
    salt: env('API_TOKEN_SALT')!,
  },
  transfer: {
    token: {
      salt: env('TRANSFER_TOKEN_SALT')!,
    },
  },
  secrets: {
    encryptionKey: env('ENCRYPTION_KEY')!,
  },
  // "Aperçu" in the edit view opens the site's preview server, which renders the draft with the
  // public site's components (apps/web/astro.preview.config.mjs).
  preview: {
    enabled: Boolean(env('PREVIEW_SECRET')),
    config: {
      allowedOrigins: [new URL(env('PREVIEW_URL', 'http://127.0.0.1:4323')).origin],
      async handler(uid, { documentId, status }) {
        return previewLink(
          { uid, documentId, status: status === 'published' ? 'published' : 'draft' },
          { baseUrl: env('PREVIEW_URL', 'http://127.0.0.1:4323'), secret: env('PREVIEW_SECRET', ''), ttlSeconds: env.int('PREVIEW_TTL_SECONDS', 3600) },
        );
      },
    },
  },
  flags: {
    nps: false,
    promoteEE: false,
    docLinks: env.bool('FLAG_DOC_LINKS', true),
  },
});

export default config;
