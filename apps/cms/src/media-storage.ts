import { mkdirSync } from 'node:fs';
import path from 'node:path';

/**
 * Where uploaded media live. By default on the CMS's disk (public/uploads); with UPLOAD_PROVIDER=s3,
 * in an S3-compatible bucket (AWS, Scaleway, OVHcloud, MinIO…) through Strapi's official provider,
 * usually behind a CDN (S3_PUBLIC_URL). A plain function of the environment, so it can be tested.
 */
export type MediaStorageEnv = Record<string, string | undefined>;

export type S3Upload = {
  provider: 'aws-s3';
  providerOptions: {
    baseUrl?: string;
    rootPath?: string;
    s3Options: {
      credentials: { accessKeyId: string; secretAccessKey: string };
      region: string;
      endpoint?: string;
      forcePathStyle: boolean;
      params: { Bucket: string; ACL?: string };
    };
  };
};

const required = (env: MediaStorageEnv, name: string): string => {
  const value = env[name];
  if (!value) throw new Error(`UPLOAD_PROVIDER=s3 : ${name} manque (voir apps/cms/.env.example).`);
  return value;
};

export const s3Upload = (env: MediaStorageEnv): S3Upload | null => {
  if (env.UPLOAD_PROVIDER !== 's3') return null;
  return {
    provider: 'aws-s3',
    providerOptions: {
      ...(env.S3_PUBLIC_URL ? { baseUrl: env.S3_PUBLIC_URL } : {}),
      ...(env.S3_ROOT_PATH ? { rootPath: env.S3_ROOT_PATH } : {}),
      s3Options: {
        credentials: { accessKeyId: required(env, 'S3_ACCESS_KEY_ID'), secretAccessKey: required(env, 'S3_SECRET_ACCESS_KEY') },
        region: env.S3_REGION || 'fr-par',
        ...(env.S3_ENDPOINT ? { endpoint: env.S3_ENDPOINT } : {}),
        // Most S3-compatible stores other than AWS want path-style addresses.
        forcePathStyle: env.S3_FORCE_PATH_STYLE ? env.S3_FORCE_PATH_STYLE === 'true' : Boolean(env.S3_ENDPOINT),
        params: { Bucket: required(env, 'S3_BUCKET'), ...(env.S3_ACL ? { ACL: env.S3_ACL } : {}) },
      },
    },
  };
};

/** Origins the admin must be allowed to load images and videos from (its own CSP). */
export const mediaOrigins = (env: MediaStorageEnv): string[] => {
  if (env.UPLOAD_PROVIDER !== 's3') return [];
  const origins = [env.S3_PUBLIC_URL, env.S3_ENDPOINT].filter((value): value is string => Boolean(value)).map((value) => new URL(value).origin);
  if (!env.S3_ENDPOINT && env.S3_BUCKET) origins.push(`https://${env.S3_BUCKET}.s3.${env.S3_REGION || 'eu-west-3'}.amazonaws.com`);
  return [...new Set(origins)];
};

/**
 * The folder Strapi serves at the site's root, holding the local provider's uploads/: the app's public/
 * unless PUBLIC_DIR names another one (each test server gets its own, so tests never touch an editor's files).
 * `strapi` commands run from the app's folder, which is the app directory Strapi resolves `public` against.
 */
export const publicFolder = (env: MediaStorageEnv, appDir: string = process.cwd()): string => path.resolve(appDir, env.PUBLIC_DIR || 'public');

/**
 * Strapi's local provider refuses to start without public/uploads, and an uploads folder is never
 * committed: it is created here, on first run, before the provider looks for it.
 */
export const ensureLocalUploadFolder = (env: MediaStorageEnv, appDir: string = process.cwd()): void => {
  if (env.UPLOAD_PROVIDER !== 's3') mkdirSync(path.join(publicFolder(env, appDir), 'uploads'), { recursive: true });
};
