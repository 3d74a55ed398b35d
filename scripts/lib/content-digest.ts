import { createHash } from 'node:crypto';
import { contentTypeNames, isCollectionType } from '@bluehats/content-types';
import { createStrapiClient } from '@bluehats/strapi-client';

/**
 * One hash of everything the site is built from in the CMS: every published entry of every type,
 * populated as the build reads it (media URLs and alternative texts included). Two equal digests
 * mean the same content, whatever wrote to the database in between (tokens, sessions, drafts):
 * a counter of writes could not tell those apart. Costs one read of the content, about a fifth of
 * a build's time at 2,000 articles (docs/benchmark.md).
 */
export const contentDigest = async (url: string, token: string): Promise<string> => {
  const client = createStrapiClient({ url, token });
  const hash = createHash('sha256');
  for (const name of contentTypeNames) {
    const content = isCollectionType(name) ? await client.findAll(name) : await client.findSingle(name);
    hash.update(name).update('\0').update(JSON.stringify(content)).update('\0');
  }
  return hash.digest('hex');
};
