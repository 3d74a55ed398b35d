// @ts-check
// Runs the editors' preview build (astro.preview.config.mjs, Node adapter) on HOST:PORT.
// Usage: node apps/web/preview-server.mjs [outDir, default ./dist-preview]
//
// Why not the adapter's own entry.mjs: its static handler serves the prerendered pages and assets
// before any middleware runs, so those answers would carry no frame-ancestors and any site could
// frame them. This wraps the adapter's handler and sets, on every answer, the one directive a
// <meta> cannot carry; the drafts' route adds its full policy (src/preview/preview-headers.ts).
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const outDir = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, 'dist-preview'));
const cmsOrigin = new URL(process.env.CMS_PUBLIC_URL || process.env.STRAPI_URL || 'http://127.0.0.1:1337').origin;
const frameAncestors = `frame-ancestors ${cmsOrigin}`;

// Imported for its handler only: the entry would otherwise start its own server.
process.env.ASTRO_NODE_AUTOSTART = 'disabled';
const entry = /** @type {{ handler: http.RequestListener }} */ (await import(pathToFileURL(path.join(outDir, 'server/entry.mjs')).href));

const server = http.createServer((request, response) => {
  response.setHeader('content-security-policy', frameAncestors);
  entry.handler(request, response);
});
server.listen(Number(process.env.PORT ?? 4323), process.env.HOST ?? '127.0.0.1');
const stop = () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
