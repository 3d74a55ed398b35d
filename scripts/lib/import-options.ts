/**
 * The options of `npm run import` and `npm run migration-check` (every option: docs/import.md),
 * read once for both, and the write token: STRAPI_IMPORT_TOKEN when it is set, else on the local
 * default a temporary token of the local administrator, revoked at the end (local-token.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  DEFAULT_EXTRA,
  isLocalCms,
  parseEventFolders,
  parsePageFolders,
  parseRedirect,
  parseSameAs,
  parseUrlPattern,
  withTemporaryToken,
  type ImportOptions,
} from '@bluehats/importer';
import { parseEnv } from '../ensure-env.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cmsEnvFile = path.join(root, 'apps/cms/.env');
const cmsEnv = existsSync(cmsEnvFile) ? parseEnv(readFileSync(cmsEnvFile, 'utf8')) : new Map<string, string>();
const setting = (name: string): string | undefined => process.env[name] ?? cmsEnv.get(name);

export const USAGE =
  '<fichiers ou dossiers> [--dry-run] [--publish] [--as article|page|project-call|event] [--site-root <dossier>] [--input-dir <dossier>] ' +
  '[--url-pattern <dossier>=<adresse>]… [--event-folders <noms>] [--page-folders <noms>] [--same-as <ancienne adresse>=<nouvelle adresse>]… [--old-site-url <adresse>] ' +
  '[--old-tag-url <adresse avec {tag}>] [--old-page-size <n>] [--redirect <ancienne>=<nouvelle>]… ' +
  '[--max-file-size <octets>] [--report <rapport.html|.md>] [--cms <adresse>] [--verify <dist ou adresse du site>]';

const pageSize = (option: string): number => {
  const size = Number(option);
  if (!Number.isInteger(size) || size < 1) throw new Error(`--old-page-size « ${option} » : attendu un nombre entier d’entrées par page, par exemple 6`);
  return size;
};

const AS = ['article', 'page', 'project-call', 'event'] as const;

export const readImportOptions = (): { positionals: string[]; options: Omit<ImportOptions, 'token'>; verify: string | null } => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      publish: { type: 'boolean', default: false },
      as: { type: 'string', default: 'auto' },
      'site-root': { type: 'string' },
      'input-dir': { type: 'string' },
      'url-pattern': { type: 'string', multiple: true, default: [] },
      'event-folders': { type: 'string' },
      'page-folders': { type: 'string' },
      'same-as': { type: 'string', multiple: true, default: [] },
      'old-site-url': { type: 'string' },
      'old-tag-url': { type: 'string' },
      'old-page-size': { type: 'string' },
      redirect: { type: 'string', multiple: true, default: [] },
      'max-file-size': { type: 'string' },
      report: { type: 'string' },
      cms: { type: 'string' },
      verify: { type: 'string' },
    },
  });
  const as = AS.find((kind) => kind === values.as) ?? 'auto';
  return {
    positionals,
    verify: values.verify ?? null,
    options: {
      paths: positionals,
      cmsUrl: values.cms ?? process.env.STRAPI_URL ?? `http://127.0.0.1:${cmsEnv.get('PORT') ?? '1337'}`,
      dryRun: values['dry-run'],
      publish: values.publish,
      as,
      siteRoot: values['site-root'] ?? null,
      inputDir: values['input-dir'],
      patterns: values['url-pattern'].map(parseUrlPattern),
      eventFolders: values['event-folders'] ? parseEventFolders(values['event-folders']) : undefined,
      pageFolders: values['page-folders'] ? parsePageFolders(values['page-folders']) : undefined,
      sameAs: values['same-as'].map(parseSameAs),
      oldSiteUrl: values['old-site-url'] ?? null,
      sections: {
        ...(values['old-tag-url'] !== undefined ? { oldTagUrl: values['old-tag-url'] || null } : {}),
        ...(values['old-page-size'] ? { oldPageSize: pageSize(values['old-page-size']) } : {}),
        extra: [...DEFAULT_EXTRA, ...values.redirect.map(parseRedirect)],
      },
      maxFileBytes: values['max-file-size'] ? Number(values['max-file-size']) : undefined,
      report: values.report ?? null,
    },
  };
};

const NO_TOKEN =
  'Jeton d’import absent. Sur le CMS local de `npm start`, l’import crée lui-même un jeton temporaire avec ADMIN_EMAIL et ADMIN_PASSWORD de apps/cms/.env ; ' +
  'sur un autre CMS, donnez un jeton « accès complet » dans STRAPI_IMPORT_TOKEN (voir docs/import.md).';

/** Runs `use` with a write token: STRAPI_IMPORT_TOKEN, else a temporary one on the local CMS. */
export const withImportToken = async <T>(cmsUrl: string, use: (token: string) => Promise<T>): Promise<T> => {
  const token = setting('STRAPI_IMPORT_TOKEN');
  if (token) return use(token);
  const email = setting('ADMIN_EMAIL');
  const password = setting('ADMIN_PASSWORD');
  if (!isLocalCms(cmsUrl) || !email || !password) throw new Error(NO_TOKEN);
  return withTemporaryToken(cmsUrl, { email, password }, use);
};
