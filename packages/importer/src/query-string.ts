import qs from 'qs';

/** A Strapi query string (`filters[slug][$eq]=…&fields[0]=…`), written by the qs Strapi reads it with. */
export const cmsQuery = (params: Record<string, unknown>): string => qs.stringify(params, { encodeValuesOnly: true });
