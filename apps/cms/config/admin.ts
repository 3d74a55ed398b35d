import type { Core } from '@strapi/strapi';
import { previewLink } from '../src/preview/preview-link';

// Seconds. An idle session ends after two hours, so an unlocked office computer does not keep the
// admin open, and no session outlives a working day, "Se souvenir de moi" included: that box only
// keeps the session across a browser restart (docs/production.md, Sécurité).
const sessions = (env: Core.Config.Shared.ConfigParams['env']) => {
  const max = env.int('ADMIN_MAX_SESSION_SECONDS', 12 * 3600);
  const idle = env.int('ADMIN_IDLE_SESSION_SECONDS', 2 * 3600);
  return { maxSessionLifespan: max, idleSessionLifespan: idle, maxRefreshTokenLifespan: max, idleRefreshTokenLifespan: idle };
};

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
  // Tests boot the API without the admin bundle, which is built once by `npm start`.
  serveAdminPanel: env.bool('SERVE_ADMIN_PANEL', true),
  auth: {
    secret: env('ADMIN_JWT_SECRET')!,
    sessions: sessions(env),
  },
  // Five login attempts per address and account every five minutes (Strapi's limiter, made explicit).
  rateLimit: { enabled: true, interval: 5 * 60 * 1000, max: 5 },
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
      // The document's language comes with it: a draft in English previews on the English site.
      async handler(uid, { documentId, status, locale }) {
        return previewLink(
          { uid, documentId, status: status === 'published' ? 'published' : 'draft', locale },
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
