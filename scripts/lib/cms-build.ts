import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withThisNode } from './node-version.js';

/**
 * The CMS build (server code and admin panel), skipped when apps/cms/dist already holds it for the
 * current inputs. Turbo knows whether the inputs changed, but on a cache hit it restores the
 * outputs file by file: a Strapi starting from dist at that moment (another test file, the
 * PostgreSQL pass running beside the SQLite one) could read a half-written file. So turbo is
 * asked first, with a dry run that writes nothing, and runs only when something changed.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const turbo = path.join(root, 'node_modules/.bin/turbo');
const args = ['run', 'build', '--filter=cms'];
// The CMS's server, its admin panel, and the one workspace package it runs compiled (content-policy).
const built = ['apps/cms/dist/src/index.js', 'apps/cms/dist/build/index.html', 'packages/content-policy/dist/index.js'].map((file) => path.join(root, file));

type DryRun = { tasks: Array<{ taskId: string; cache: { status: string } }> };

// Turbo runs the workspaces' scripts through npm, which finds `node` on PATH.
const environment = (env: NodeJS.ProcessEnv): NodeJS.ProcessEnv => withThisNode({ ...env, NODE_ENV: 'production', TURBO_TELEMETRY_DISABLED: '1' });

/** Whether dist holds the build of the current inputs (turbo's cache has them and the files are there). */
export const cmsBuildIsCurrent = (env: NodeJS.ProcessEnv = process.env): boolean => {
  if (!built.every((file) => existsSync(file))) return false;
  const dry = spawnSync(turbo, [...args, '--dry=json'], { cwd: root, env: environment(env), encoding: 'utf8' });
  if (dry.status !== 0) return false;
  const task = (JSON.parse(dry.stdout) as DryRun).tasks.find((t) => t.taskId === 'cms#build');
  return task?.cache.status === 'HIT';
};

/** Builds the CMS unless it is current; throws with turbo's output when the build fails. Returns whether it built. */
export const buildCmsUnlessCurrent = (env: NodeJS.ProcessEnv = process.env): boolean => {
  if (cmsBuildIsCurrent(env)) return false;
  const result = spawnSync(turbo, [...args, '--output-logs=errors-only'], { cwd: root, env: environment(env), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0) throw new Error(`La construction du CMS a échoué :\n${result.stdout}\n${result.stderr}`);
  return true;
};
