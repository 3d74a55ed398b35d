// @ts-check
// Runs the editors' preview build (astro.preview.config.mjs, Node adapter) on HOST:PORT.
// Usage: node apps/web/preview-server.mjs [outDir, default ./dist-preview]
//
// Why not the adapter's own entry.mjs: its static handler serves the prerendered pages and assets
// before any middleware runs, so those answers would carry no frame-ancestors and any site could
// frame them. This wraps the adapter's handler and sets, on every answer, the one directive a
// <meta> cannot carry, and nosniff; the drafts' route adds its full policy (src/preview/preview-headers.ts).
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SERVER_ENTRY } from './src/engine/astro/server-entry.mjs';

const outDir = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, 'dist-preview'));
const cmsOrigin = new URL(process.env.CMS_PUBLIC_URL || process.env.STRAPI_URL || 'http://127.0.0.1:1337').origin;
const frameAncestors = `frame-ancestors ${cmsOrigin}`;

// Imported for its handler only: the entry would otherwise start its own server.
process.env.ASTRO_NODE_AUTOSTART = 'disabled';
const entry = /** @type {{ handler: http.RequestListener }} */ (await import(pathToFileURL(path.join(outDir, SERVER_ENTRY)).href));

// The preview only shows pages: any other method is refused, not answered with the file (the
// adapter's static handler serves PUT, DELETE or TRACE like GET).
const methods = new Set(['GET', 'HEAD']);

/** `/_headers` is the static host's configuration (src/integrations/security-headers.ts), not a page; its encoded spellings too. */
const isHostConfiguration = (/** @type {string} */ url) => {
  try {
    return path.posix.basename(path.posix.normalize(decodeURIComponent(new URL(url, 'http://apercu').pathname))) === '_headers';
  } catch {
    return true;
  }
};

const server = http.createServer((request, response) => {
  response.setHeader('content-security-policy', frameAncestors);
  response.setHeader('x-content-type-options', 'nosniff');
  if (!methods.has(request.method ?? '')) {
    response.writeHead(405, { allow: [...methods].join(', '), 'content-type': 'text/plain; charset=utf-8' }).end('Méthode non autorisée.\n');
    return;
  }
  if (isHostConfiguration(request.url ?? '/')) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Page introuvable.\n');
    return;
  }
  entry.handler(request, response);
});
server.listen(Number(process.env.PORT ?? 4323), process.env.HOST ?? '127.0.0.1');
const stop = () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
