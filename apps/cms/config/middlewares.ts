import type { Core } from '@strapi/strapi';
import { mediaOrigins } from '../src/media-storage';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => [
  'strapi::logger',
  'strapi::errors',
  {
    name: 'strapi::security',
    config: {
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'img-src': ["'self'", 'data:', 'blob:', 'market-assets.strapi.io', ...mediaOrigins(process.env)],
          'media-src': ["'self'", 'data:', 'blob:', ...mediaOrigins(process.env)],
          upgradeInsecureRequests: null,
        },
      },
    },
  },
  {
    name: 'strapi::cors',
    config: { origin: env.array('CORS_ORIGINS', ['http://localhost:4321', 'http://127.0.0.1:4321']) },
  },
  'strapi::poweredBy',
  'strapi::query',
  'global::api-cache',
  'global::multipart-needs-auth',
  'strapi::body',
  'global::upload-guard',
  'strapi::session',
  'strapi::favicon',
  'global::upload-headers',
  'strapi::public',
];

export default config;
