import type { Core } from '@strapi/strapi';
import { publicFolder } from '../src/media-storage';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '127.0.0.1'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  // Behind the reverse proxy of docs/production.md, the operator sets BEHIND_PROXY=true: the client's
  // address and protocol then come from the proxy's X-Forwarded-* headers, so the login limiter counts
  // each client apart and admin cookies are Secure over HTTPS. Only the last PROXY_HOPS addresses are
  // read (one proxy: the one it adds itself). Without a declared proxy (npm start, the default) these
  // headers come from the client itself and are ignored: trusting them would let each attempt at a
  // password name a new address and escape the limiter.
  proxy: {
    koa: env.bool('BEHIND_PROXY', false),
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
