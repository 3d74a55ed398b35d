import type { Populate, PopulateValue } from '@bluehats/content-types';

type QueryValue = string | number | boolean | PopulateValue | Populate | QueryObject;
export type QueryObject = { readonly [key: string]: QueryValue | undefined };

// Brackets and colons are legal in a query string; leaving them readable keeps logged URLs legible.
const encode = (text: string): string =>
  encodeURIComponent(text).replace(/%5B/gi, '[').replace(/%5D/gi, ']').replace(/%3A/gi, ':');

/** Strapi's bracket syntax (`populate[body][on][blocks.quote][populate][quote]=true`), as parsed by qs. */
export const toQueryString = (query: QueryObject): string => {
  const pairs: string[] = [];
  const walk = (prefix: string, value: QueryValue | undefined): void => {
    if (value === undefined) return;
    if (typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) walk(prefix ? `${prefix}[${key}]` : key, child);
      return;
    }
    pairs.push(`${encode(prefix)}=${encode(String(value))}`);
  };
  walk('', query);
  return pairs.join('&');
};
