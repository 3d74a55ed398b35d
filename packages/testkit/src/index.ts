export * from './databases.js';
export * from './free-port.js';
export * from './paths.js';
export * from './strapi-server.js';
export * from './site-build.js';
export * from './chromium.js';
export * from './admin-api.js';
export * from './strapi-cli.js';
