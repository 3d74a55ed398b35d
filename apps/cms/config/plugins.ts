import type { Core } from '@strapi/strapi';
import { ensureLocalUploadFolder, s3Upload } from '../src/media-storage';
import { defaultLocale } from '../src/i18n/locales';
import { maxUploadBytes, uploadableFiles } from '../src/uploads/uploadable-files';

const config = (_params: Core.Config.Shared.ConfigParams): Core.Config.Plugin => {
  ensureLocalUploadFolder(process.env);
  // The i18n plugin creates a new database's first locale, and makes it the default, from this
  // variable only (@strapi/i18n constants, read when the plugin loads, after this file): French.
  process.env.STRAPI_PLUGIN_I18N_INIT_LOCALE_CODE = defaultLocale;
  return {
    'users-permissions': {
      config: {
        jwtManagement: 'refresh',
        sessions: {
          httpOnly: true,
        },
      },
    },
    upload: {
      config: {
        ...s3Upload(process.env),
        sizeLimit: maxUploadBytes,
        // Strapi's own check, from the same list; the upload-guard middleware refuses first, in French,
        // and also when a file's extension does not match its bytes.
        security: {
          allowedTypes: [...new Set(Object.values(uploadableFiles()))],
        },
      },
    },
  };
};

export default config;
