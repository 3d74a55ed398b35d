// The import graph read by TypeScript's own pre-processor (ts.preProcessFile), type-only imports
// included: a cycle of types still ties two modules so that neither can be read, moved or tested alone.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = path.join(import.meta.dirname, '../src');

const localImports = (file: string): string[] =>
  ts
    .preProcessFile(readFileSync(path.join(SRC, file), 'utf8'))
    .importedFiles.map((imported) => imported.fileName)
    .filter((name) => name.startsWith('./'))
    .map((name) => `${name.slice(2).replace(/\.js$/, '')}.ts`);

describe("the importer's modules", () => {
  it('import one another without a cycle', () => {
    const graph = new Map(readdirSync(SRC).filter((file) => file.endsWith('.ts')).map((file) => [file, localImports(file)]));
    const cycles: string[] = [];
    const done = new Set<string>();
    const visit = (file: string, trail: string[]): void => {
      if (trail.includes(file)) return void cycles.push([...trail.slice(trail.indexOf(file)), file].join(' → '));
      if (done.has(file)) return;
      for (const next of graph.get(file) ?? []) visit(next, [...trail, file]);
      done.add(file);
    };
    for (const file of graph.keys()) visit(file, []);
    expect(graph.size).toBeGreaterThan(20);
    expect(cycles).toEqual([]);
  });
});
