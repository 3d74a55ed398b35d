import type { CollectionEntry } from 'astro:content';
import { collection } from './collections';
import { perContentGeneration } from '../engine/content/content-generation';
import { listPageHref, pagesOf } from './pagination';

// Each video comes with its player and transcript: a page of ten stays light enough to read.
export const VIDEOS_PER_PAGE = 10;

const newestFirst = perContentGeneration(
  (): Promise<readonly CollectionEntry<'videos'>[]> =>
    collection('videos').then((all) => [...all].sort((a, b) => b.data.publishedAt.localeCompare(a.data.publishedAt) || a.id.localeCompare(b.id))),
);

export const videoPageHref = listPageHref('/videos/');

export const videoPages = async () => pagesOf(await newestFirst(undefined), VIDEOS_PER_PAGE);
