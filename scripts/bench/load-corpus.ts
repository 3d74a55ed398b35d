/**
 * Child process of the benchmark: boots the CMS in-process on the benchmark's database and creates
 * the corpus through the document service, in transactions of a few hundred entries — the way a
 * bulk load should go, not one HTTP request per entry. Scale and database come from the environment.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { cmsDir } from '@bluehats/testkit';
import { articleData, inEnglish, projectCallData, quoteData, tagData, translatedCount, videoData, type CorpusScale } from './corpus.js';

type Documents = {
  create(params: { data: Record<string, unknown>; status?: 'published' }): Promise<{ documentId: string }>;
  // Strapi 5: updating a document in a locale it does not have yet creates that locale's version.
  update(params: { documentId: string; locale: string; data: Record<string, unknown>; status?: 'published' }): Promise<unknown>;
};

// Strapi's ESM build imports lodash/fp as a directory, which Node's ESM loader refuses: load the CommonJS build.
const { createStrapi } = createRequire(import.meta.url)('@strapi/strapi') as typeof import('@strapi/strapi');

const scale = JSON.parse(process.env.BENCH_SCALE ?? '{}') as CorpusScale;
const BATCH = 200;

const createAll = async (app: Core.Strapi, uid: string, count: number, make: (i: number) => Record<string, unknown>, publish: boolean): Promise<string[]> => {
  const ids: string[] = [];
  const documents = app.documents(uid as 'api::article.article') as unknown as Documents;
  for (let start = 0; start < count; start += BATCH) {
    await app.db.transaction(async () => {
      for (let i = start; i < Math.min(count, start + BATCH); i += 1) {
        const created = await documents.create(publish ? { data: make(i), status: 'published' } : { data: make(i) });
        ids.push(created.documentId);
      }
    });
  }
  return ids;
};

/** English versions of the entries `indexes` of a type, made by the same function as their French. */
const translateAll = async (app: Core.Strapi, uid: string, ids: string[], indexes: number[], make: (i: number) => Record<string, unknown>, publish: boolean): Promise<void> => {
  const documents = app.documents(uid as 'api::article.article') as unknown as Documents;
  for (let start = 0; start < indexes.length; start += BATCH) {
    await app.db.transaction(async () => {
      for (const i of indexes.slice(start, start + BATCH)) {
        const data = inEnglish(make(i));
        await documents.update(publish ? { documentId: ids[i] ?? '', locale: 'en', data, status: 'published' } : { documentId: ids[i] ?? '', locale: 'en', data });
      }
    });
  }
};

const main = async (): Promise<void> => {
  const app = await createStrapi({ appDir: cmsDir, distDir: path.join(cmsDir, 'dist') }).load();
  const started = Date.now();
  const tags = await createAll(app, 'api::tag.tag', scale.tags, tagData, false);
  const quotes = await createAll(app, 'api::quote.quote', scale.quotes, quoteData, true);
  const videos = await createAll(app, 'api::video.video', scale.videos, videoData, true);
  // What article i names, as indexes into the lists above (wrapped): its two quotes, its video, its three tags.
  const refs = (i: number) => ({ quotes: [i, i + 7], video: [i], tags: [i, i + 3, i + 11] });
  const at = (list: string[], i: number): string => list[i % list.length] ?? '';
  const article = (i: number) => {
    const { quotes: [q1 = 0, q2 = 0], video: [v = 0], tags: [t1 = 0, t2 = 0, t3 = 0] } = refs(i);
    return articleData(i, { quotes: [at(quotes, q1), at(quotes, q2)], video: at(videos, v), tags: [at(tags, t1), at(tags, t2), at(tags, t3)] });
  };
  const articles = await createAll(app, 'api::article.article', scale.articles, article, true);
  await createAll(app, 'api::project-call.project-call', scale.projectCalls, projectCallData, true);
  // An English article links to the English versions of its tags, quotes and video: those it names get one.
  const english = Array.from({ length: translatedCount(scale.articles, scale.translated ?? 0) }, (_, i) => i);
  const named = (list: string[], pickOf: (r: ReturnType<typeof refs>) => number[]): number[] =>
    [...new Set(english.flatMap((i) => pickOf(refs(i)).map((n) => n % list.length)))].sort((a, b) => a - b);
  await translateAll(app, 'api::tag.tag', tags, named(tags, (r) => r.tags), tagData, false);
  await translateAll(app, 'api::quote.quote', quotes, named(quotes, (r) => r.quotes), quoteData, true);
  await translateAll(app, 'api::video.video', videos, named(videos, (r) => r.video), videoData, true);
  await translateAll(app, 'api::article.article', articles, english, article, true);
  process.stdout.write(`${JSON.stringify({ loadSeconds: (Date.now() - started) / 1000 })}\n`);
  await app.destroy();
  process.exit(0);
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
