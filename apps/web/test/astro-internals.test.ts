import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '@bluehats/testkit';
import { ASTRO_INTERNAL_NAMES, astroVersionProblem, installedAstroVersion, TESTED_ASTRO } from '../src/engine/astro/astro-internals';

const ASTRO_PART = path.join(repoRoot, 'apps/web/src/engine/astro');
const CODE = /\.(ts|mts|mjs|js|astro)$/;
// Tests read the output (its `/_astro/` files), which is not relying on how Astro works inside.
const SKIPPED = new Set(['node_modules', 'test', 'fixtures']);

const codeFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    // Outputs (dist, dist-preview, dist-renderer, .renderer…) are Astro's code, not ours.
    if (entry.name.startsWith('.') || entry.name.startsWith('dist') || SKIPPED.has(entry.name)) return [];
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? codeFiles(full) : CODE.test(entry.name) ? [full] : [];
  });

/** Each file of `files` that names an internal, with the names. */
const naming = (files: string[]): string[] =>
  files.flatMap((file) => {
    const source = readFileSync(file, 'utf8');
    const names = ASTRO_INTERNAL_NAMES.filter((name) => source.includes(name));
    return names.length > 0 ? [`${path.relative(repoRoot, file)} : ${names.join(', ')}`] : [];
  });

describe('the Astro internals the site depends on', () => {
  it('are those of the installed Astro', () => {
    expect(astroVersionProblem(installedAstroVersion())).toBeNull();
  });

  it('stop the build, naming both versions and the file to check, on an Astro outside the tested range', () => {
    const problem = astroVersionProblem('8.0.0');
    expect(problem).toContain('Astro 8.0.0');
    expect(problem).toContain(TESTED_ASTRO);
    expect(problem).toContain('apps/web/src/engine/astro/astro-internals.ts');
    expect(astroVersionProblem('7.5.0')).not.toBeNull();
    expect(astroVersionProblem('5.18.2')).not.toBeNull();
  });

  it('are named in the engine’s astro/ folder only, so that a new Astro is checked there and nowhere else', () => {
    const everyFile = ['apps', 'packages', 'scripts'].flatMap((folder) => codeFiles(path.join(repoRoot, folder)));
    const outside = everyFile.filter((file) => !file.startsWith(ASTRO_PART + path.sep));
    expect(outside.length).toBeGreaterThan(200);
    expect(naming(outside)).toEqual([]);
    // Each name is one the astro/ folder really uses: the list is true, and the search finds them.
    const inside = codeFiles(ASTRO_PART).map((file) => readFileSync(file, 'utf8').replace(/ASTRO_INTERNAL_NAMES[\s\S]*$/, '')).join('\n');
    expect(ASTRO_INTERNAL_NAMES.filter((name) => !inside.includes(name))).toEqual([]);
  });
});
