import type { Core } from '@strapi/strapi';
import { publicFolder } from '../src/media-storage';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '127.0.0.1'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  // Strapi listens on 127.0.0.1 only, behind the reverse proxy (docs/production.md): the client's
  // address and protocol come from the proxy's X-Forwarded-* headers, so the login limiter counts
  // each client apart and admin cookies are Secure over HTTPS. Only the last PROXY_HOPS addresses
  // are read (one proxy: the one it adds itself), so a forged X-Forwarded-For changes nothing.
  proxy: {
    koa: env.bool('BEHIND_PROXY', true),
    maxIpsCount: env.int('PROXY_HOPS', 1),
  },
  app: {
    keys: env.array('APP_KEYS')!,
  },
  dirs: { public: publicFolder(process.env) },
  webhooks: {
    populateRelations: false,
  },
});

export default config;
