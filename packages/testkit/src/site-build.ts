import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { siteBuildArgs, webDir } from './paths.js';

export type SiteBuild = { outDir: string; code: number; output: string };

/** Runs the real build of apps/web (`astro build`, then its search index) against a CMS, into a fresh folder. */
type BuildOptions = {
  strapiUrl: string;
  token: string;
  siteUrl?: string;
  outDir?: string;
  env?: Record<string, string>;
  /** Another Astro config of apps/web, e.g. astro.preview.config.mjs. */
  config?: string;
  /** Another copy of apps/web. */
  webDir?: string;
  /** Called with each chunk of the build's output as it comes (what happened before which line). */
  onOutput?: (text: string) => void;
};

export const buildSite = (options: BuildOptions): Promise<SiteBuild> => {
  const outDir = options.outDir ?? mkdtempSync(path.join(os.tmpdir(), 'bluehats-site-'));
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(process.execPath, [...siteBuildArgs, ...(options.config ? ['--config', options.config] : [])], {
      cwd: options.webDir ?? webDir,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        NODE_ENV: 'production',
        ASTRO_TELEMETRY_DISABLED: '1',
        STRAPI_URL: options.strapiUrl,
        STRAPI_TOKEN: options.token,
        SITE_URL: options.siteUrl ?? 'https://bluehats.example.gouv.fr',
        WEB_OUT_DIR: outDir,
        PREVIEW_OUT_DIR: outDir,
        ASTRO_CACHE_DIR: path.join(outDir, '..', `${path.basename(outDir)}-cache`),
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const collect = (chunk: Buffer): void => {
      output += chunk.toString();
      options.onOutput?.(chunk.toString());
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('exit', (code) => resolve({ outDir, code: code ?? 1, output }));
  });
};

/** Every file under a folder, as paths relative to it. */
export const listFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full).map((f) => path.join(name, f)) : [name];
  });

export const readPage = (outDir: string, route: string): string =>
  readFileSync(path.join(outDir, route.replace(/^\//, ''), route.endsWith('.html') ? '' : 'index.html'), 'utf8');
