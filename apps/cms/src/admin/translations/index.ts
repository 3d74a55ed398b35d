import { adminFr } from './admin.fr';
import { contentManagerFr } from './content-manager.fr';
import { i18nFr } from './i18n.fr';
import { uploadFr } from './upload.fr';
import { contentTypeBuilderFr, emailFr, usersPermissionsFr } from './plugins.fr';
import { componentCategoriesFr } from './component-categories.fr';
import { enumerationLabelsFr } from './enumeration-labels.fr';

/** Our French strings for each part of the admin, by Strapi package: '' is the admin itself. */
export const frenchByPart: Record<string, Record<string, string>> = {
  '': adminFr,
  'content-manager': contentManagerFr,
  upload: uploadFr,
  i18n: i18nFr,
  'content-type-builder': contentTypeBuilderFr,
  email: emailFr,
  'users-permissions': usersPermissionsFr,
};

// Plugins register their strings under "<plugin id>.<key>"; the admin's own have no prefix. The
// block picker looks its categories up by their bare name (ComponentCategory's formatMessage), and
// selects their enumeration values likewise.
export const frenchStrings: Record<string, string> = {
  ...componentCategoriesFr,
  ...enumerationLabelsFr,
  ...Object.fromEntries(
    Object.entries(frenchByPart).flatMap(([part, strings]) => Object.entries(strings).map(([key, text]) => [part ? `${part}.${key}` : key, text])),
  ),
};
