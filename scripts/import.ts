/**
 * `npm run import -- <fichiers ou dossiers> [--dry-run] [--publish] [--as article|project-call] [--site-root <dossier>]`
 * Imports Markdown files of the old site into the CMS (see docs/import.md).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runImport } from '@bluehats/importer';
import { parseEnv } from './ensure-env.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cmsEnvFile = path.join(root, 'apps/cms/.env');
const cmsEnv = existsSync(cmsEnvFile) ? parseEnv(readFileSync(cmsEnvFile, 'utf8')) : new Map<string, string>();

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'dry-run': { type: 'boolean', default: false },
    publish: { type: 'boolean', default: false },
    as: { type: 'string', default: 'auto' },
    'site-root': { type: 'string' },
    cms: { type: 'string' },
  },
});

const as = values.as === 'article' || values.as === 'project-call' ? values.as : 'auto';
const cmsUrl = values.cms ?? process.env.STRAPI_URL ?? `http://127.0.0.1:${cmsEnv.get('PORT') ?? '1337'}`;
const token = process.env.STRAPI_IMPORT_TOKEN ?? cmsEnv.get('STRAPI_IMPORT_TOKEN') ?? '';

if (positionals.length === 0 || !token) {
  console.error(
    positionals.length === 0
      ? 'Usage : npm run import -- <fichiers ou dossiers> [--dry-run] [--publish] [--as article|project-call] [--site-root <dossier>]'
      : 'Jeton d’import absent : définissez STRAPI_IMPORT_TOKEN (apps/cms/.env le contient après un premier `npm start`).',
  );
  process.exit(2);
}

const summary = await runImport({ paths: positionals, cmsUrl, token, dryRun: values['dry-run'], publish: values.publish, as, siteRoot: values['site-root'] ?? null });
process.exit(summary.failed > 0 ? 1 : 0);
