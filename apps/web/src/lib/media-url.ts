/**
 * Strapi's local provider answers /uploads/… paths; an S3 or CDN provider answers full URLs.
 * Relative paths are resolved against MEDIA_URL (a CDN in front of the uploads) or the CMS itself.
 */
export const mediaBaseUrl = (): string => process.env.MEDIA_URL || process.env.STRAPI_URL || 'http://127.0.0.1:1337';

export const mediaUrl = (url: string): string => new URL(url, mediaBaseUrl()).href;
