import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

const failIf = (errors: string[], step: string): void => {
  if (errors.length > 0) throw new Error(`Index de recherche (${step}) : ${errors.join(' ; ')}`);
};

/**
 * Indexes the built pages with Pagefind once Astro has written them, so the search runs in the
 * reader's browser without a server. Only what a page marks with data-pagefind-body is indexed.
 */
export const searchIndex = (): AstroIntegration => ({
  name: 'bluehats:search-index',
  hooks: {
    'astro:build:done': async ({ dir, logger }) => {
      const outDir = fileURLToPath(dir);
      const { index, errors } = await createIndex({ forceLanguage: 'fr' });
      failIf(errors, 'création');
      if (!index) throw new Error('Index de recherche : Pagefind n’a pas démarré.');
      try {
        const added = await index.addDirectory({ path: outDir });
        failIf(added.errors, 'lecture des pages');
        const bundle = join(outDir, 'pagefind');
        failIf((await index.writeFiles({ outputPath: bundle })).errors, 'écriture');
        // Our results page uses Pagefind's JS API with DSFR markup; its ready-made UIs are dead weight.
        for (const file of await readdir(bundle)) if (/-ui\.(css|js)$/.test(file)) await rm(join(bundle, file));
        logger.info(`${added.page_count} pages indexées pour la recherche.`);
      } finally {
        await close();
      }
    },
  },
});
