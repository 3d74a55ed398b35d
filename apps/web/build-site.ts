/**
 * The static site's build, `npm run build -w web`, and the one `npm start`, the tests and the bench
 * run: `astro build`, then the Pagefind index of its output, each in a process of its own.
 *
 * Why not an Astro integration: Pagefind keeps the index of every page in memory (1.2 GB at 11,500
 * pages) and Astro's process keeps what it allocated until it exits; run from Astro's last hook, the
 * two added up to 2.8 GB at 10,000 articles. One after the other, the peak is the larger of the two.
 * Astro gets a heap ceiling (SITE_BUILD_HEAP_MB, 768 by default) for the same reason: without one,
 * V8 let its heap grow to 1.5 GB at 10,000 articles before collecting; with it, 1.4 GB in all. If the
 * content outgrows it (512 was too little at 10,000 articles), the build is run again without it
 * rather than failing (docs/benchmark.md).
 *
 * Arguments go to Astro. With `--config` (the renderer's or the preview's: servers, not sites),
 * nothing is indexed.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { astroCliPath } from './src/engine/astro/astro-cli';
import { indexSite } from './src/engine/full/search-index';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const heapMb = Number(process.env.SITE_BUILD_HEAP_MB || 768);

type Outcome = { code: number; outOfHeap: boolean };

const astroBuild = (heapCeiling: number | null): Promise<Outcome> =>
  new Promise((resolve, reject) => {
    const ceiling = heapCeiling ? ` --max-old-space-size=${heapCeiling}` : '';
    const child = spawn(process.execPath, [astroCliPath(), 'build', ...args], {
      cwd: here,
      stdio: 'inherit',
      env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''}${ceiling}`.trim() },
    });
    child.once('error', reject);
    // V8 aborts the process when the heap is full.
    child.once('exit', (code, signal) => resolve({ code: code ?? 1, outOfHeap: signal === 'SIGABRT' || code === 134 }));
  });

let outcome = await astroBuild(heapMb);
if (outcome.outOfHeap) {
  console.warn(`[build-site] le tas de ${heapMb} Mo n'a pas suffi à Astro : construction relancée sans limite (SITE_BUILD_HEAP_MB pour en donner une plus haute).`);
  outcome = await astroBuild(null);
}
if (outcome.code !== 0) process.exit(outcome.code);
if (!args.includes('--config')) {
  const outDir = path.resolve(here, process.env.WEB_OUT_DIR || 'dist');
  try {
    console.log(`[bluehats:search-index] ${await indexSite(outDir)} pages indexées pour la recherche.`);
  } catch (error) {
    console.error(`[bluehats:search-index] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
