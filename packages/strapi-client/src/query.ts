import qs from 'qs';
import type { Populate, PopulateValue } from '@bluehats/content-types';

type QueryValue = string | number | boolean | PopulateValue | Populate | QueryObject;
export type QueryObject = { readonly [key: string]: QueryValue | undefined };

/** Strapi's bracket syntax (`populate[body][on][blocks.quote][populate][quote]=true`), written by the qs Strapi parses it with. */
export const toQueryString = (query: QueryObject): string => qs.stringify(query, { encodeValuesOnly: true });
