import type { CollectionKey } from 'astro:content';
import { perContentGeneration } from '../../engine/content/content-generation';
import { pageEntries } from '../collections';
import { alternatesByPath, type Alternates } from './alternates';
import { collectionOf, DEFAULT_LOCALE, LOCALES, localeOfPath } from './locales';
import { detailTypesIn } from './sections';

// The French sections that have a list page (`/articles/`), read from the routes themselves.
const frenchLists = new Set(
  Object.keys(import.meta.glob('../../pages/*/index.astro')).map((file) => `/${file.split('/').at(-2)}/`),
);
const listExists = (path: string): boolean => localeOfPath(path) !== DEFAULT_LOCALE || frenchLists.has(path);

// Once per content: every page of the site asks, and the answer goes through every translated collection.
const memo = perContentGeneration(async (_all: 'all'): Promise<Map<string, Alternates>> => {
  const read = new Map<string, readonly { id: string; data: object }[]>();
  for (const locale of LOCALES) {
    for (const type of detailTypesIn(locale)) {
      const name = collectionOf(type.name, locale);
      read.set(name, await pageEntries(name as CollectionKey));
    }
  }
  return alternatesByPath((name) => read.get(name) ?? [], listExists);
});

/** A page's versions in each language it exists in, by its address; undefined when it exists in one language only. */
export const alternatesOf = async (pathname: string): Promise<Alternates | undefined> => (await memo('all')).get(pathname);
