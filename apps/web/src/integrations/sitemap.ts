import { pathToFileURL } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroConfig, AstroIntegration, AstroIntegrationLogger, BaseIntegrationHooks } from 'astro';
import type { ContentStore } from '../engine/astro/astro-internals';
import { buildTime } from '../lib/build-time';
import { legacyRedirects } from '../lib/legacy-redirects';
import { outputFiles } from '../lib/output-files';
import { redirectPageFile } from '../lib/redirect-files';
import { lastChanges, listedPages } from '../lib/sitemap-pages';
import { publicOutputStep } from '../engine/astro/public-output-step';

export type SiteMapLogger = Pick<AstroIntegrationLogger, 'info' | 'warn' | 'error'>;

type Hook<Name extends keyof BaseIntegrationHooks> = Parameters<BaseIntegrationHooks[Name]>[0];

/**
 * Writes sitemap-index.xml and sitemap-0.xml with @astrojs/sitemap, each entry's page with its
 * `lastmod`. The integration is handed the pages of the whole output instead of those Astro has
 * just rendered, because the fast rebuild, which renders a few pages and runs no integration,
 * calls this too: both write the same files for the same content. Its hooks are called with the
 * few fields it reads, hence the casts.
 */
export const writeSiteMap = async (outDir: string, site: string, store: ContentStore, logger: SiteMapLogger, files: readonly string[] = outputFiles(outDir)): Promise<void> => {
  const changes = lastChanges(store);
  const integration = sitemap({
    serialize: (item) => {
      const lastmod = changes.get(new URL(item.url).pathname);
      return lastmod ? { ...item, lastmod } : item;
    },
  });
  const config = { site, base: '/', trailingSlash: 'always', build: { format: 'directory' } } as unknown as AstroConfig;
  const redirectPages = new Set(legacyRedirects(store, buildTime()).flatMap((redirect) => redirectPageFile(redirect.from) ?? []));
  const pages = listedPages(files, redirectPages).map((route) => ({ pathname: route.slice(1) }));
  await integration.hooks['astro:routes:resolved']?.({ routes: [], logger } as unknown as Hook<'astro:routes:resolved'>);
  await integration.hooks['astro:config:done']?.({ config, logger } as unknown as Hook<'astro:config:done'>);
  await integration.hooks['astro:build:done']?.({ dir: pathToFileURL(`${outDir}/`), pages, logger } as unknown as Hook<'astro:build:done'>);
};

/** The static build's step, once every page and the redirects are in place: it lists the whole output. */
export const siteMap = (): AstroIntegration => publicOutputStep('bluehats:sitemap', ({ outDir, store, site, logger }) => writeSiteMap(outDir, site, store, logger));
