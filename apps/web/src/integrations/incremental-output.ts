import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { detailRoutes, FINGERPRINT_FILE, incrementalBase, isPartial } from '../lib/incremental';

// Everything that shapes the HTML besides content: a different fingerprint means a full build.
export const fingerprint = (webRoot: string): string => {
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else hash.update(name).update(readFileSync(file));
    }
  };
  walk(path.join(webRoot, 'src'));
  // A test's own MDX pages are other pages than src/content/pages.
  hash.update(process.env.MDX_PAGES_DIR ?? '');
  for (const file of ['astro.config.mjs', '../../packages/content-types/src/generated.ts', '../../package-lock.json']) {
    const full = path.join(webRoot, file);
    if (existsSync(full)) hash.update(readFileSync(full));
  }
  return hash.digest('hex');
};

// Hard links: the pages kept from the previous output cost no copy (a copy where links are refused).
export const linkTree = (from: string, to: string): void => {
  if (statSync(from).isDirectory()) {
    mkdirSync(to, { recursive: true });
    for (const name of readdirSync(from)) linkTree(path.join(from, name), path.join(to, name));
  } else if (!existsSync(to)) {
    try {
      linkSync(from, to);
    } catch {
      copyFileSync(from, to);
    }
  }
};

/**
 * Incremental builds: when the rebuild service passes the previous output (INCREMENTAL_BASE) and
 * only some entries were modified, the pages render only those entries' detail pages; this
 * integration then brings the other detail pages over from the previous output, before the
 * search index is written over the whole site.
 */
export const incrementalOutput = (): AstroIntegration => ({
  name: 'bluehats:incremental-output',
  hooks: {
    'astro:config:setup': ({ config }) => {
      process.env.BLUEHATS_BUILD_FINGERPRINT = fingerprint(fileURLToPath(config.root));
    },
    'astro:build:done': ({ dir, logger }) => {
      const outDir = fileURLToPath(dir);
      const base = incrementalBase();
      if (base) {
        let kept = 0;
        for (const [collection, route] of Object.entries(detailRoutes)) {
          if (!isPartial(collection) || !existsSync(path.join(base, route))) continue;
          for (const name of readdirSync(path.join(base, route))) {
            const target = path.join(outDir, route, name);
            if (name === 'page' || existsSync(target)) continue;
            linkTree(path.join(base, route, name), target);
            kept += 1;
          }
        }
        const assets = path.join(base, '_astro');
        if (kept > 0 && existsSync(assets)) linkTree(assets, path.join(outDir, '_astro'));
        logger.info(`Construction partielle : ${kept} pages reprises de la construction précédente.`);
      }
      writeFileSync(path.join(outDir, FINGERPRINT_FILE), JSON.stringify({ fingerprint: process.env.BLUEHATS_BUILD_FINGERPRINT }));
    },
  },
});
