export * from './link-target';
export * from './video-providers';
export * from './sanitize';
