import { contentTypeNames, isCollectionType } from '@bluehats/content-types';
import type { StrapiClient } from '@bluehats/strapi-client';
import { LOCALES, localesOf, questionKey, type Locale } from '../../lib/i18n/locales';
import { cmsSource } from './content-source';

/**
 * Everything the CMS publishes, asked as the loaders ask it, in the form `CONTENT_SNAPSHOT` reads
 * (content-source.ts): each type under its name for French, `articles@en` for another locale.
 * `locales` leaves languages out (the bench's French-only build of a bilingual corpus).
 */
export const readContentSnapshot = async (client: StrapiClient, locales: readonly Locale[] = LOCALES): Promise<Record<string, unknown>> => {
  const source = cmsSource(client);
  const snapshot: Record<string, unknown> = {};
  for (const name of contentTypeNames) {
    for (const locale of localesOf(name).filter((one) => locales.includes(one))) {
      const entries = isCollectionType(name) ? await source.findAll(name, { locale }) : await source.findSingle(name, locale);
      // A single type not yet translated has no entry: the site says the French one.
      if (entries !== null) snapshot[questionKey(name, locale)] = entries;
    }
  }
  return snapshot;
};
