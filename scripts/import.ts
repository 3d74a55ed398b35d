/**
 * `npm run import -- <fichiers ou dossiers> [options]` (every option: docs/import.md)
 * Imports Markdown files of the old site into the CMS.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_EXTRA, parseEventFolders, parseRedirect, parseUrlPattern, runImport, type ImportOptions } from '@bluehats/importer';
import { parseEnv } from './ensure-env.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cmsEnvFile = path.join(root, 'apps/cms/.env');
const cmsEnv = existsSync(cmsEnvFile) ? parseEnv(readFileSync(cmsEnvFile, 'utf8')) : new Map<string, string>();

const USAGE =
  'Usage : npm run import -- <fichiers ou dossiers> [--dry-run] [--publish] [--as article|project-call|event] [--site-root <dossier>] [--input-dir <dossier>] ' +
  '[--url-pattern <dossier>=<adresse>]… [--event-folders <noms>] [--old-site-url <adresse>] [--old-tag-url <adresse avec {tag}>] [--old-page-size <n>] [--redirect <ancienne>=<nouvelle>]… [--max-file-size <octets>] [--report <rapport.html|.md>] [--cms <adresse>]';

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
    'old-site-url': { type: 'string' },
    'old-tag-url': { type: 'string' },
    'old-page-size': { type: 'string' },
    redirect: { type: 'string', multiple: true, default: [] },
    'max-file-size': { type: 'string' },
    report: { type: 'string' },
    cms: { type: 'string' },
  },
});

const as: ImportOptions['as'] = values.as === 'article' || values.as === 'project-call' || values.as === 'event' ? values.as : 'auto';
const cmsUrl = values.cms ?? process.env.STRAPI_URL ?? `http://127.0.0.1:${cmsEnv.get('PORT') ?? '1337'}`;
const token = process.env.STRAPI_IMPORT_TOKEN ?? cmsEnv.get('STRAPI_IMPORT_TOKEN') ?? '';

if (positionals.length === 0 || !token) {
  console.error(
    positionals.length === 0 ? USAGE : 'Jeton d’import absent : mettez une valeur aléatoire dans STRAPI_IMPORT_TOKEN de apps/cms/.env (par exemple `openssl rand -hex 64`) et redémarrez le CMS ; retirez-la après l’import, le redémarrage suivant révoque le jeton.',
  );
  process.exit(2);
}

const pageSize = (option: string): number => {
  const size = Number(option);
  if (!Number.isInteger(size) || size < 1) throw new Error(`--old-page-size « ${option} » : attendu un nombre entier d’entrées par page, par exemple 6`);
  return size;
};

try {
  const summary = await runImport({
    paths: positionals,
    cmsUrl,
    token,
    dryRun: values['dry-run'],
    publish: values.publish,
    as,
    siteRoot: values['site-root'] ?? null,
    inputDir: values['input-dir'],
    patterns: values['url-pattern'].map(parseUrlPattern),
    eventFolders: values['event-folders'] ? parseEventFolders(values['event-folders']) : undefined,
    oldSiteUrl: values['old-site-url'] ?? null,
    sections: {
      ...(values['old-tag-url'] !== undefined ? { oldTagUrl: values['old-tag-url'] || null } : {}),
      ...(values['old-page-size'] ? { oldPageSize: pageSize(values['old-page-size']) } : {}),
      extra: [...DEFAULT_EXTRA, ...values.redirect.map(parseRedirect)],
    },
    maxFileBytes: values['max-file-size'] ? Number(values['max-file-size']) : undefined,
    report: values.report ?? null,
  });
  process.exit(summary.failed > 0 ? 1 : 0);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}
