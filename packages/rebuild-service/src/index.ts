export * from './output-folders.js';
export * from './rebuilder.js';
export * from './webhook-server.js';
export * from './serve-static.js';
export * from './boundaries.js';
export * from './boundary-scheduler.js';
export * from './public-status.js';
export * from './publications.js';
