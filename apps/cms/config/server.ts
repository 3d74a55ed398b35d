import type { Core } from '@strapi/strapi';
import { publicFolder } from '../src/media-storage';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '127.0.0.1'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  app: {
    keys: env.array('APP_KEYS')!,
  },
  dirs: { public: publicFolder(process.env) },
  webhooks: {
    populateRelations: false,
  },
});

export default config;
