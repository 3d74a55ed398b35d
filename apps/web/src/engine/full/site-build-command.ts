/**
 * How the static site is built (build-site.ts: `astro build`, then its search index in a process of
 * its own), as arguments for `process.execPath` run in apps/web or a copy of it: tsx as a loader in
 * the build's own process, not its command line, which would keep a second Node process alive.
 */
export const siteBuildArgs: readonly string[] = ['--import', 'tsx', 'build-site.ts'];
