import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from './paths.js';

const WORKSPACE_SCOPE = '@bluehats';

/**
 * The repository's files (tracked, and new ones not ignored) in a temporary folder, for a test that
 * edits the code. Installed packages are linked, not copied; the workspace packages are linked to
 * the copy's own, so that the copy's generated types are the ones its apps read.
 */
export const copyRepository = (): string => {
  const copy = mkdtempSync(path.join(os.tmpdir(), 'bluehats-repo-'));
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repoRoot, encoding: 'utf8' })
    .split('\0')
    .filter((file) => file !== '' && existsSync(path.join(repoRoot, file)));
  for (const file of files) cpSync(path.join(repoRoot, file), path.join(copy, file));
  mkdirSync(path.join(copy, 'node_modules', WORKSPACE_SCOPE), { recursive: true });
  for (const name of readdirSync(path.join(repoRoot, 'node_modules'))) {
    if (name !== WORKSPACE_SCOPE) symlinkSync(path.join(repoRoot, 'node_modules', name), path.join(copy, 'node_modules', name));
  }
  for (const name of readdirSync(path.join(repoRoot, 'node_modules', WORKSPACE_SCOPE))) {
    symlinkSync(path.join(copy, 'packages', name), path.join(copy, 'node_modules', WORKSPACE_SCOPE, name));
  }
  for (const workspace of ['apps/cms', 'apps/web', ...readdirSync(path.join(repoRoot, 'packages')).map((name) => `packages/${name}`)]) {
    const modules = path.join(repoRoot, workspace, 'node_modules');
    if (existsSync(modules)) symlinkSync(modules, path.join(copy, workspace, 'node_modules'));
  }
  // The one workspace package the CMS runs compiled (scripts/lib/cms-build.ts builds it).
  cpSync(path.join(repoRoot, 'packages/content-policy/dist'), path.join(copy, 'packages/content-policy/dist'), { recursive: true });
  return copy;
};
