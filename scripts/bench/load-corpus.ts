/**
 * Child process of the benchmark: boots the CMS in-process on the benchmark's database and creates
 * the corpus through the document service, in transactions of a few hundred entries — the way a
 * bulk load should go, not one HTTP request per entry. Scale and database come from the environment.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { cmsDir } from '@bluehats/testkit';
import { articleData, projectCallData, quoteData, tagData, videoData, type CorpusScale } from './corpus.js';

type Documents = { create(params: { data: Record<string, unknown>; status?: 'published' }): Promise<{ documentId: string }> };

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

const main = async (): Promise<void> => {
  const app = await createStrapi({ appDir: cmsDir, distDir: path.join(cmsDir, 'dist') }).load();
  const started = Date.now();
  const tags = await createAll(app, 'api::tag.tag', scale.tags, tagData, false);
  const quotes = await createAll(app, 'api::quote.quote', scale.quotes, quoteData, true);
  const videos = await createAll(app, 'api::video.video', scale.videos, videoData, true);
  const pick = <T>(list: T[], i: number): T => list[i % list.length] as T;
  await createAll(
    app,
    'api::article.article',
    scale.articles,
    (i) => articleData(i, { quotes: [pick(quotes, i), pick(quotes, i + 7)], video: pick(videos, i), tags: [pick(tags, i), pick(tags, i + 3), pick(tags, i + 11)] }),
    true,
  );
  await createAll(app, 'api::project-call.project-call', scale.projectCalls, projectCallData, true);
  process.stdout.write(`${JSON.stringify({ loadSeconds: (Date.now() - started) / 1000 })}\n`);
  await app.destroy();
  process.exit(0);
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
