import { readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';

const failIf = (errors: string[], step: string): void => {
  if (errors.length > 0) throw new Error(`Index de recherche (${step}) : ${errors.join(' ; ')}`);
};

/** Writes the Pagefind index of every page of a built site into its pagefind/ folder (or `bundle`); returns the page count. */
export const indexSite = async (outDir: string, bundle = join(outDir, 'pagefind')): Promise<number> => {
  // The entry's heading is its result's title already (Pagefind's title, searched too): out of the
  // text, a result no longer shows it twice, as link and again as the start of its excerpt.
  // One index per language, read from each page's <html lang>: the search page loads the index of
  // its own language (Pagefind's script reads the same attribute), so English results stay apart.
  const { index, errors } = await createIndex({ excludeSelectors: ['[data-pagefind-body] > h1'] });
  failIf(errors, 'création');
  if (!index) throw new Error('Index de recherche : Pagefind n’a pas démarré.');
  try {
    const added = await index.addDirectory({ path: outDir });
    failIf(added.errors, 'lecture des pages');
    failIf((await index.writeFiles({ outputPath: bundle })).errors, 'écriture');
    // Our results page uses Pagefind's JS API with DSFR markup; its ready-made UIs are dead weight.
    for (const file of await readdir(bundle)) if (/-ui\.(css|js)$/.test(file)) await rm(join(bundle, file));
    return added.page_count;
  } finally {
    await close();
  }
};

/**
 * Indexes a site already online, which still serves its previous index meanwhile: the new index is
 * written beside it and swapped in by two renames, so a reader meets one index or the other, whole
 * (for the instant between the renames, none: the search page says the search is unavailable).
 */
export const reindexServedSite = async (outDir: string): Promise<number> => {
  const live = join(outDir, 'pagefind');
  const next = `${live}.next`;
  const old = `${live}.old`;
  await rm(next, { recursive: true, force: true });
  const pages = await indexSite(outDir, next);
  await rm(old, { recursive: true, force: true });
  await rename(live, old).catch(() => undefined);
  await rename(next, live);
  await rm(old, { recursive: true, force: true });
  return pages;
};
