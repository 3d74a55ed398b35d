// @ts-check
// Plain JavaScript, so that preview-server.mjs, which Node runs without a TypeScript loader, can read it.

/** Where the Node adapter (@astrojs/node) writes a server build's entry, under its output folder. */
export const SERVER_ENTRY = 'server/entry.mjs';
