import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
};

/** Resolves a URL path inside root the way static hosts do: /a/ → /a/index.html, /a → /a.html or /a/index.html. */
export const resolveStatic = (root: string, urlPath: string): string | null => {
  const clean = path.normalize(decodeURIComponent(urlPath.split('?')[0] ?? '/')).replace(/^(\.\.[/\\])+/, '');
  const candidates = [clean, path.join(clean, 'index.html'), `${clean}.html`];
  for (const candidate of candidates) {
    const file = path.join(root, candidate);
    if (!file.startsWith(root)) return null;
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
};

/** The `/*` block of a Netlify-style `_headers` file: the headers the build asks every page be served with. */
export const siteHeaders = (root: string): Record<string, string> => {
  const file = path.join(root, '_headers');
  if (!existsSync(file)) return {};
  const headers: Record<string, string> = {};
  let inAllPages = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) {
      inAllPages = line.trim() === '/*';
      continue;
    }
    const at = line.indexOf(':');
    if (inAllPages && at > 0) headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
  }
  return headers;
};

// Build bookkeeping, not pages: `_headers`, `.bluehats-build.json`.
const isPrivate = (urlPath: string): boolean => /(^|\/)(_headers$|\.)/.test(urlPath.split('?')[0] ?? '');

/**
 * A small static server for the embedded default. `root()` is read on every request so that a
 * rebuild can swap the served folder without a restart.
 */
export const serveStatic = (root: () => string, port: number, host = '127.0.0.1'): Promise<http.Server> =>
  new Promise((resolve) => {
    const server = http.createServer((req, res) => {
      const base = root();
      const file = isPrivate(req.url ?? '/') ? null : resolveStatic(base, req.url ?? '/');
      const notFound = path.join(base, '404.html');
      const target = file ?? (existsSync(notFound) ? notFound : null);
      if (!target) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Page introuvable');
        return;
      }
      res.writeHead(file ? 200 : 404, {
        'x-content-type-options': 'nosniff',
        ...siteHeaders(base),
        'content-type': types[path.extname(target)] ?? 'application/octet-stream',
      });
      createReadStream(target).pipe(res);
    });
    server.listen(port, host, () => resolve(server));
  });
