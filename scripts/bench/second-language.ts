import { phaseList, type BuildPhase, type BuildRun } from './measure-build.js';

/** One full build, per page: what the second language is compared on (its pages are more pages). */
export type BuildCost = { pages: number; seconds: number; pagesPerSecond: number; peakMb: number; msPerPage: number; mbPerPage: number; phases: BuildPhase[] };

export type SecondLanguage = {
  french: BuildCost;
  both: BuildCost;
  /** Both languages over French alone, per page: 1.10 is the bound. */
  timePerPageRatio: number;
  memoryPerPageRatio: number;
  /** What each page the second language adds costs: the difference of the two builds over the pages added. */
  addedPage: { msPerPage: number; mbPerPage: number };
};

const costOf = (run: BuildRun): BuildCost => ({
  pages: run.pages,
  seconds: run.seconds,
  pagesPerSecond: run.pages / run.seconds,
  peakMb: run.peakMb,
  msPerPage: (run.seconds * 1000) / run.pages,
  mbPerPage: run.peakMb / run.pages,
  phases: run.phases,
});

/** The build of a bilingual corpus against the build of its French alone (each the fastest of its runs). */
export const secondLanguage = (frenchAlone: BuildRun, bothLanguages: BuildRun): SecondLanguage => {
  const french = costOf(frenchAlone);
  const both = costOf(bothLanguages);
  const added = Math.max(1, both.pages - french.pages);
  return {
    french,
    both,
    timePerPageRatio: both.msPerPage / french.msPerPage,
    memoryPerPageRatio: both.mbPerPage / french.mbPerPage,
    addedPage: { msPerPage: ((both.seconds - french.seconds) * 1000) / added, mbPerPage: (both.peakMb - french.peakMb) / added },
  };
};

const percent = (ratio: number): string => `${ratio >= 1 ? '+' : ''}${((ratio - 1) * 100).toFixed(1)} %`;
const line = (label: string, cost: BuildCost, runs: BuildRun[]): string =>
  `${label} : ${cost.pages} pages, ${cost.seconds.toFixed(1)} s (${runs.map((run) => run.seconds.toFixed(1)).join(' ; ')}), ${cost.pagesPerSecond.toFixed(0)} pages/s, ${cost.peakMb.toFixed(0)} Mo au plus ; ${cost.msPerPage.toFixed(1)} ms et ${cost.mbPerPage.toFixed(3)} Mo par page (${phaseList(cost.phases)})`;

/** What the bench prints: both builds (from the same files, the fastest of each), then the cost per page. */
export const secondLanguageLines = (languages: SecondLanguage, frenchRuns: BuildRun[], bothRuns: BuildRun[]): string[] => [
  line('Deux langues, français seul (fichiers)', languages.french, frenchRuns),
  line('Deux langues, français et anglais (fichiers)', languages.both, bothRuns),
  `Deux langues, par page : durée ${percent(languages.timePerPageRatio)}, mémoire ${percent(languages.memoryPerPageRatio)} ; chaque page ajoutée : ${languages.addedPage.msPerPage.toFixed(1)} ms, ${languages.addedPage.mbPerPage.toFixed(3)} Mo`,
];
