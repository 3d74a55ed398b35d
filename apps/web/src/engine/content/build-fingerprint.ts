import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { FINGERPRINT_FILE } from './incremental';

// Everything besides content that shapes the HTML: the site's code, configs and public files, the
// sources of every workspace package it imports, and the lockfile (the versions of the rest).
const inputs = (webRoot: string): string[] => {
  const repoRoot = path.resolve(webRoot, '../..');
  const packages = path.join(repoRoot, 'packages');
  return [
    path.join(webRoot, 'src'),
    path.join(webRoot, 'public'),
    ...readdirSync(webRoot).filter((name) => /^astro\..*config\.mjs$/.test(name)).map((name) => path.join(webRoot, name)),
    ...(existsSync(packages) ? readdirSync(packages).sort().map((name) => path.join(packages, name, 'src')) : []),
    path.join(repoRoot, 'package-lock.json'),
    // A test's own MDX pages, read instead of src/content/pages.
    ...(process.env.MDX_PAGES_DIR ? [path.resolve(process.env.MDX_PAGES_DIR)] : []),
  ];
};

/** One hash of the inputs: a different fingerprint means the fast rebuild may keep nothing and a full build runs. */
export const fingerprint = (webRoot: string): string => {
  const hash = createHash('sha256');
  const add = (file: string): void => {
    if (!existsSync(file)) return;
    if (statSync(file).isDirectory()) {
      for (const name of readdirSync(file).sort()) add(path.join(file, name));
    } else hash.update(path.relative(webRoot, file)).update(readFileSync(file));
  };
  for (const input of inputs(webRoot)) add(input);
  return hash.digest('hex');
};

/** Records in `dir` the fingerprint of the code that built it (computed at config setup), with what else the reader needs. */
export const writeFingerprint = (dir: string, extra: Record<string, string> = {}): void => {
  writeFileSync(path.join(dir, FINGERPRINT_FILE), JSON.stringify({ fingerprint: process.env.BLUEHATS_BUILD_FINGERPRINT, ...extra }));
};

/** Every static build records the fingerprint of the code that made it. */
export const buildFingerprint = (): AstroIntegration => ({
  name: 'bluehats:build-fingerprint',
  hooks: {
    'astro:config:setup': ({ config }) => {
      process.env.BLUEHATS_BUILD_FINGERPRINT = fingerprint(fileURLToPath(config.root));
    },
    'astro:build:done': ({ dir }) => {
      writeFingerprint(fileURLToPath(dir));
    },
  },
});
