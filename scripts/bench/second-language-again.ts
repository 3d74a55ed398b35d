/**
 * `npx tsx scripts/bench/second-language-again.ts <work folder> [rounds]`: the full builds of the
 * bench's « Deux langues » again, from the snapshots a `npm run bench -- --translated … --keep` left
 * (snapshot.json, both languages; snapshot-fr.json, French alone), alternated, without reloading
 * the corpus. Prints each build with its phases and the load average when it started.
 */
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fastest, measureBuild, type BuildRun } from './measure-build.js';
import { secondLanguage, secondLanguageLines } from './second-language.js';

const [work, rounds = '2'] = process.argv.slice(2);
if (!work) throw new Error('Donner le dossier de travail gardé par `npm run bench -- --translated 0.5 --keep`.');

const build = async (name: string, snapshot: string): Promise<BuildRun> => {
  const load = os.loadavg().map((n) => n.toFixed(1)).join(' ');
  const dirs = { WEB_OUT_DIR: path.join(work, `again-${name}`), ASTRO_CACHE_DIR: path.join(work, `again-${name}-cache`) };
  const run = await measureBuild({ SITE_URL: 'https://bluehats.example.gouv.fr', BUILD_NOW: '2026-01-15T12:00:00Z', CONTENT_SNAPSHOT: path.join(work, snapshot), ...dirs });
  for (const folder of Object.values(dirs)) rmSync(folder, { recursive: true, force: true });
  if (run.code !== 0) throw new Error(`Construction ${name} en échec :\n${run.output.slice(-4000)}`);
  console.log(`${name} (charge ${load}) : ${run.pages} pages, ${run.seconds.toFixed(1)} s, ${run.peakMb.toFixed(0)} Mo ; ${run.phases.map((p) => `${p.name} ${p.seconds.toFixed(1)} s`).join(', ')}`);
  return run;
};

const french: BuildRun[] = [];
const both: BuildRun[] = [];
for (let round = 0; round < Number(rounds); round += 1) {
  french.push(await build('fr', 'snapshot-fr.json'));
  both.push(await build('fr+en', 'snapshot.json'));
}
console.log(secondLanguageLines(secondLanguage(fastest(french), fastest(both)), french, both).join('\n'));
