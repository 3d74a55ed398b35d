import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import semver from 'semver';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The Node.js range of the root package.json (`engines.node`): one place to change it. */
export const supportedNode = (): string => (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;

/**
 * Fails before anything starts on an older Node: better-sqlite3 13 crashes on Node 20 instead of
 * failing, and Astro 7 stops at its own check only after the CMS has been built and started.
 */
export const assertSupportedNode = (version: string = process.versions.node): void => {
  if (!semver.satisfies(version, supportedNode())) {
    throw new Error(`Node.js ${version} : ce projet demande Node.js ${supportedNode()}. Sur une machine plus ancienne, \`. scripts/node22.sh\` l’installe depuis le registre npm (README).`);
  }
};

/**
 * The environment for a child that finds `node` on PATH (npm, turbo, the `astro` bin): this
 * process's Node first, so that every child runs on the Node that passed the check above.
 */
export const withThisNode = (env: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({
  ...env,
  PATH: [path.dirname(process.execPath), env.PATH].filter(Boolean).join(path.delimiter),
});
