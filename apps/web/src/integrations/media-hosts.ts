import type { AstroUserConfig } from 'astro';

type RemotePattern = NonNullable<NonNullable<AstroUserConfig['image']>['remotePatterns']>[number];

/**
 * Hosts Astro may download images from at build time to optimise them: the CMS and, when media
 * live elsewhere (S3 bucket, CDN), MEDIA_URL. Nothing else, so content cannot make the build
 * fetch arbitrary addresses.
 */
export const mediaRemotePatterns = (env: NodeJS.ProcessEnv): RemotePattern[] =>
  [env.STRAPI_URL || 'http://127.0.0.1:1337', env.MEDIA_URL]
    .filter((value): value is string => Boolean(value))
    .map((value) => {
      const url = new URL(value);
      return { protocol: url.protocol.replace(':', ''), hostname: url.hostname, ...(url.port ? { port: url.port } : {}) };
    });
