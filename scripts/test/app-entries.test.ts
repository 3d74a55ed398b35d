import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '@bluehats/testkit';

/**
 * The arrows run from scripts to apps to packages, and an app is reached only through what it
 * declares (the "exports" of its package.json, e.g. `web/engine`): never by a relative path into its
 * src/, from packages/ or scripts/. Walks every import of their code and tests.
 */
const CODE = /\.(ts|mts|mjs|js)$/;
const SKIPPED = new Set(['node_modules', 'dist', 'fixtures']);

const codeFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith('.') || SKIPPED.has(entry.name)) return [];
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? codeFiles(full) : CODE.test(entry.name) ? [full] : [];
  });

/** Every module a file names: `from '…'`, `import '…'`, `import('…')`, `export … from '…'`. */
const specifiers = (source: string): string[] =>
  [...source.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g)].map((match) => match[1] ?? '');

type App = { dir: string; name: string; entries: ReadonlySet<string> };

const apps = (): App[] =>
  readdirSync(path.join(repoRoot, 'apps')).map((folder) => {
    const dir = path.join(repoRoot, 'apps', folder);
    const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name: string; exports?: Record<string, string> };
    return { dir, name: manifest.name, entries: new Set(Object.keys(manifest.exports ?? {}).map((key) => `${manifest.name}${key.slice(1)}`)) };
  });

/** The imports of `file` (its `source`) that reach into an app other than through a declared entry. */
const wrongImports = (file: string, source: string, known: App[]): string[] =>
  specifiers(source).filter((specifier) => {
    if (specifier.startsWith('.')) {
      const target = path.resolve(path.dirname(file), specifier);
      return known.some((app) => target.startsWith(path.join(app.dir, 'src') + path.sep));
    }
    const app = known.find((candidate) => specifier === candidate.name || specifier.startsWith(`${candidate.name}/`));
    return app !== undefined && !app.entries.has(specifier);
  });

describe('imports from packages/ and scripts/ into the apps', () => {
  const known = apps();
  const files = [
    ...readdirSync(path.join(repoRoot, 'packages')).flatMap((name) => codeFiles(path.join(repoRoot, 'packages', name))),
    ...codeFiles(path.join(repoRoot, 'scripts')),
  ].filter((file) => file !== fileURLToPath(import.meta.url)); // its probes below are wrong on purpose

  it('go only through an entry the app declares', () => {
    expect(files.length).toBeGreaterThan(50);
    const wrong = files.flatMap((file) => wrongImports(file, readFileSync(file, 'utf8'), known).map((specifier) => `${path.relative(repoRoot, file)} → ${specifier}`));
    expect(wrong).toEqual([]);
  });

  it('are found, whether relative into src/ or through a path the package does not declare', () => {
    const probe = path.join(repoRoot, 'scripts', 'probe.ts');
    expect(wrongImports(probe, "import { x } from '../apps/web/src/engine/fast/renderer.js';", known)).toHaveLength(1);
    expect(wrongImports(probe, "const m = await import('web/src/lib/dates');", known)).toHaveLength(1);
    expect(wrongImports(probe, "export { y } from 'web/engine';\nimport '../apps/web/preview-server.mjs';", known)).toEqual([]);
  });
});
