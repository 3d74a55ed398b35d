export * from './output-folders.js';
export * from './rebuilder.js';
export * from './webhook-server.js';
