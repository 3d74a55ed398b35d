import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '@bluehats/testkit';

type Results = {
  scale: { articles: number };
  fetch: { requests: number; requestBound: number; counts: Record<string, number> };
  buildFromCms: { seconds: number; runs: number[]; pages: number; peakMb: number; phases: Array<{ name: string; seconds: number }> };
  memory: { full: { articles: number; peakMb: number }; half: { articles: number; peakMb: number }; marginalMbPerArticle: number };
  publishToLive: { debounceSeconds: number; seconds: number };
  buildFromFiles: { seconds: number; runs: number[]; pages: number; phases: Array<{ name: string; seconds: number }> };
  incremental: { seconds: number; pagesRendered: number };
  ratios: { cmsOverFiles: number; incrementalOverFull: number };
  pageWeights: Array<{ type: string; css: number; js: number; html: number }>;
};

/** The benchmark at a tiny scale: it runs end to end and its figures hold together. */
describe('npm run bench', () => {
  it('loads the corpus, builds from the CMS and from files, rebuilds after an edit and reports it all', () => {
    const run = spawnSync(process.execPath, [path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs'), 'scripts/bench.ts', '--articles', '30', '--quotes', '10', '--videos', '10', '--calls', '5'], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 600_000,
    });
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(run.stdout).toContain('| Rapport CMS / fichiers |');
    const results = JSON.parse(readFileSync(path.join(repoRoot, 'bench-results/latest.json'), 'utf8')) as Results;
    // The demo content comes on top of the synthetic corpus.
    expect(results.fetch.counts.articles).toBeGreaterThanOrEqual(30);
    expect(results.fetch.requests).toBeLessThanOrEqual(results.fetch.requestBound);
    expect(results.buildFromCms.pages).toBe(results.buildFromFiles.pages);
    expect(results.buildFromCms.pages).toBeGreaterThan(30);
    expect(results.buildFromCms.peakMb).toBeGreaterThan(50);
    // Each full build ran twice, alternated; the faster run counts.
    for (const build of [results.buildFromCms, results.buildFromFiles]) {
      expect(build.runs).toHaveLength(2);
      expect(build.seconds).toBe(Math.min(...build.runs));
    }
    expect(results.ratios.cmsOverFiles).toBeCloseTo(results.buildFromCms.seconds / results.buildFromFiles.seconds, 5);
    // The edit was a modification: only the edited article, its neighbours and the lists are rendered again.
    expect(results.incremental.pagesRendered).toBeLessThan(results.buildFromCms.pages);
    // Where the full build spent its time, phase by phase, adding up to the whole.
    const phases = results.buildFromCms.phases.map((phase) => phase.name);
    for (const name of ['contenu', 'rendu et écriture des pages', 'index de recherche']) expect(phases).toContain(name);
    for (const build of [results.buildFromCms, results.buildFromFiles]) expect(build.phases.reduce((sum, phase) => sum + phase.seconds, 0)).toBeCloseTo(build.seconds, 1);
    // Memory at two scales of one run: half the articles, then all of them.
    expect(results.memory.half.articles).toBe(Math.ceil(results.memory.full.articles / 2));
    expect(results.memory.half.peakMb).toBeGreaterThan(50);
    expect(results.memory.marginalMbPerArticle).toBeCloseTo((results.memory.full.peakMb - results.memory.half.peakMb) / (results.memory.full.articles - results.memory.half.articles), 5);
    expect(results.publishToLive.seconds).toBeCloseTo(results.publishToLive.debounceSeconds + results.incremental.seconds, 5);
    expect(results.pageWeights.map((w) => w.type)).toContain('article');
    for (const weight of results.pageWeights) expect(weight.css).toBeLessThanOrEqual(60 * 1024);
  }, 600_000);
});
