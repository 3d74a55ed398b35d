import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

export type PageWeight = { route: string; html: number; css: number; js: number };

const gzipped = (file: string): number => gzipSync(readFileSync(file)).length;

// Static imports of a built module, so a page's JS counts the chunks it pulls in on load.
const staticImports = (file: string): string[] =>
  [...readFileSync(file, 'utf8').matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)].map(([, spec]) =>
    path.resolve(path.dirname(file), spec ?? ''),
  );

/** Bytes a reader downloads for one built page, gzip-compressed as a static host would serve them. */
export const pageWeight = (outDir: string, route: string): PageWeight => {
  const htmlFile = path.join(outDir, route, route.endsWith('.html') ? '' : 'index.html');
  const html = parse(readFileSync(htmlFile, 'utf8'));
  const local = (href: string | undefined): string | null => {
    if (!href || !href.startsWith('/')) return null;
    const file = path.join(outDir, href.split('?')[0] ?? '');
    return existsSync(file) ? file : null;
  };
  const css = new Set(html.querySelectorAll('link[rel="stylesheet"]').map((l) => local(l.getAttribute('href'))).filter((f): f is string => f !== null));
  const js = new Set<string>();
  const visit = (file: string | null): void => {
    if (!file || js.has(file) || !existsSync(file)) return;
    js.add(file);
    for (const imported of staticImports(file)) visit(imported);
  };
  for (const script of html.querySelectorAll('script[src]')) visit(local(script.getAttribute('src')));
  const sum = (files: Set<string>): number => [...files].reduce((total, f) => total + gzipped(f), 0);
  // Inline scripts travel inside the HTML, already counted there.
  return { route, html: gzipped(htmlFile), css: sum(css), js: sum(js) };
};

/** What shipping the whole DSFR would cost instead: its full CSS and JS bundles, gzip. */
export const fullDsfrWeight = (repoRoot: string): { css: number; js: number } => {
  const dist = path.join(repoRoot, 'node_modules/@gouvfr/dsfr/dist');
  return { css: gzipped(path.join(dist, 'dsfr.min.css')), js: gzipped(path.join(dist, 'dsfr.module.min.js')) };
};
