import type { ContentStore } from '../astro/astro-internals';
import { buildTime } from '../../lib/build-time';
import { legacyRedirects } from '../../lib/legacy-redirects';
import { redirectPage, redirectPageFile } from '../../lib/redirect-files';

/** The old addresses as the content now gives them: where each leads (compared as one string), and its redirect page by file. */
export type RedirectsNow = { targets: string; pages: ReadonlyMap<string, string> };

// The old addresses' files are checked against the live pages by the static build
// (integrations/legacy-redirects.ts): an address added, removed or sent elsewhere takes a full
// build. A renamed entry only changes the title its redirect pages show: those are written here.
export const redirectsNow = (store: ContentStore, site: string): RedirectsNow => {
  const redirects = legacyRedirects(store, buildTime());
  const pages = new Map(
    redirects.flatMap((redirect) => {
      const file = redirectPageFile(redirect.from);
      return file ? [[file, redirectPage(redirect, site)] as const] : [];
    }),
  );
  return { targets: JSON.stringify(redirects.map(({ from, to }) => [from, to])), pages };
};
