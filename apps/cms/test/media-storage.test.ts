import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStrapi, type StrapiServer } from '@bluehats/testkit';
import { mediaOrigins, s3Upload } from '../src/media-storage';

const scaleway = {
  UPLOAD_PROVIDER: 's3',
  S3_BUCKET: 'bluehats-medias',
  S3_REGION: 'fr-par',
  S3_ENDPOINT: 'https://s3.fr-par.scw.cloud',
  S3_ACCESS_KEY_ID: 'cle',
  S3_SECRET_ACCESS_KEY: 'secret',
  S3_PUBLIC_URL: 'https://medias.bluehats.example.gouv.fr',
};

describe('media storage chosen by the environment', () => {
  it('keeps files on disk by default', () => {
    expect(s3Upload({})).toBeNull();
    expect(mediaOrigins({})).toEqual([]);
  });

  it('uses the official S3 provider for an S3-compatible bucket, path-style when an endpoint is given', () => {
    expect(s3Upload(scaleway)).toEqual({
      provider: 'aws-s3',
      providerOptions: {
        baseUrl: 'https://medias.bluehats.example.gouv.fr',
        s3Options: {
          credentials: { accessKeyId: 'cle', secretAccessKey: 'secret' },
          region: 'fr-par',
          endpoint: 'https://s3.fr-par.scw.cloud',
          forcePathStyle: true,
          params: { Bucket: 'bluehats-medias' },
        },
      },
    });
    expect(mediaOrigins(scaleway)).toEqual(['https://medias.bluehats.example.gouv.fr', 'https://s3.fr-par.scw.cloud']);
  });

  it('names the missing variable', () => {
    expect(() => s3Upload({ ...scaleway, S3_BUCKET: '' })).toThrow('UPLOAD_PROVIDER=s3 : S3_BUCKET manque');
  });
});

describe('Strapi configured for S3', () => {
  let cms: StrapiServer;
  beforeAll(async () => {
    cms = await startStrapi({ env: { ...scaleway, SEED_DEMO_CONTENT: 'false' } });
  });
  afterAll(async () => {
    await cms?.destroy();
  });

  it('boots with the S3 provider and lets its admin show images from the bucket and the CDN', async () => {
    const response = await fetch(`${cms.url}/_health`);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/img-src [^;]*https:\/\/medias\.bluehats\.example\.gouv\.fr/);
    expect(policy).toMatch(/media-src [^;]*https:\/\/s3\.fr-par\.scw\.cloud/);
    expect(cms.logs()).not.toMatch(/error/i);
  });
});
