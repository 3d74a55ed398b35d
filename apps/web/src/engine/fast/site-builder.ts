import { mkdirSync, rmSync } from 'node:fs';
import type { Renderer, RendererOptions } from './renderer';

export type SiteBuilderOptions = Omit<RendererOptions, 'log'> & {
  /** The static build (`astro build`) into outDir: every page, from the content of the CMS. */
  fullBuild: (outDir: string) => Promise<void>;
  /** Builds the renderer into options.rendererDir (`astro build --config astro.renderer.config.mjs`). */
  buildRenderer: () => Promise<void>;
  log?: (message: string) => void;
};

/** The fast renderer kept what an edit could not touch, or the whole static build ran. */
export type BuildKind = 'fast' | 'full';

/** A fast rebuild's output is served before its search index is written: `reindex` writes it, once served. */
export type SiteBuild = { kind: BuildKind; reindex?: () => Promise<number> };

/**
 * How the rebuild service builds, by one incremental path: the fast renderer when the previous
 * output and an edit allow it (it keeps what the edit cannot touch), the whole static build otherwise. The renderer is prepared after the first static build and takes the
 * content of each static build after it, so that it always starts from what is online.
 * The renderer's module reads the CMS address and token from process.env when first imported.
 */
export const createSiteBuilder = (options: SiteBuilderOptions) => {
  const log = options.log ?? ((message: string) => console.log(`[reconstruction] ${message}`));
  let renderer: Renderer | null = null;

  const prepareRenderer = async (): Promise<void> => {
    try {
      if (!renderer) {
        await options.buildRenderer();
        const { createRenderer } = await import('./renderer');
        renderer = await createRenderer({ rendererDir: options.rendererDir, storeFile: options.storeFile, log });
      }
      renderer.reload();
      await renderer.warmUp();
    } catch (error) {
      // The static build alone still works: each publication then costs a full build.
      log(`rendu rapide indisponible : ${error instanceof Error ? error.message : String(error)}`);
      await renderer?.close();
      renderer = null;
    }
  };

  const build = async (outDir: string, base: string | null): Promise<SiteBuild> => {
    if (renderer && base) {
      try {
        const result = await renderer.update({ base, outDir });
        if (result.kind === 'partial') return { kind: 'fast', reindex: result.reindex };
        log(`construction complète : ${result.reason}`);
      } catch (error) {
        log(`rendu rapide en échec, construction complète : ${error instanceof Error ? error.message : String(error)}`);
      }
      rmSync(outDir, { recursive: true, force: true });
      mkdirSync(outDir, { recursive: true });
    }
    await options.fullBuild(outDir);
    await prepareRenderer();
    return { kind: 'full' };
  };

  /** Prepares the renderer from the output already served (a start that rebuilt nothing), so the next publication is fast. */
  return { build, prepare: prepareRenderer, close: async () => renderer?.close() };
};
