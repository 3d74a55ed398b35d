export * from './databases.js';
export * from './free-port.js';
export * from './paths.js';
export * from './strapi-server.js';
