import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

type EnvFile = Map<string, string>;

export const parseEnv = (text: string): EnvFile =>
  new Map(
    text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#') && line.includes('='))
      .map((line) => {
        const at = line.indexOf('=');
        return [line.slice(0, at).trim(), line.slice(at + 1).trim().replace(/^"(.*)"$/, '$1')] as [string, string];
      }),
  );

const secret = (bytes = 32): string => randomBytes(bytes).toString('base64url');

// Generators for values that must never be shared between installations.
const generated: Record<string, () => string> = {
  APP_KEYS: () => [secret(), secret(), secret(), secret()].join(','),
  API_TOKEN_SALT: () => secret(),
  ADMIN_JWT_SECRET: () => secret(),
  TRANSFER_TOKEN_SALT: () => secret(),
  JWT_SECRET: () => secret(),
  ENCRYPTION_KEY: () => secret(),
  // Strapi's password rules: 8+ characters with upper case, lower case and a digit.
  ADMIN_PASSWORD: () => `Bh-${secret(12)}9a`,
  DEMO_REDACTION_PASSWORD: () => `Bh-${secret(12)}9a`,
  DEMO_PUBLICATION_PASSWORD: () => `Bh-${secret(12)}9a`,
  STRAPI_READ_TOKEN: () => randomBytes(64).toString('hex'),
  // No STRAPI_IMPORT_TOKEN: a token that writes everything exists only while someone imports.
  REBUILD_WEBHOOK_SECRET: () => secret(),
  PREVIEW_SECRET: () => secret(),
};

/** Fills an .env from its .env.example: keeps what exists, generates empty secrets, appends nothing else. */
const fillEnv = (
  examplePath: string,
  envPath: string,
  overrides: Record<string, string> = {},
): { env: EnvFile; created: boolean; generated: Set<string> } => {
  const existing = existsSync(envPath) ? parseEnv(readFileSync(envPath, 'utf8')) : new Map<string, string>();
  const lines = readFileSync(examplePath, 'utf8').split('\n');
  let changed = !existsSync(envPath);
  const fresh = new Set<string>();
  const out = lines.map((line) => {
    const match = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim());
    if (!match) return line;
    const [, key = '', exampleValue = ''] = match;
    const current = existing.get(key);
    if (current !== undefined && current !== '') return `${key}=${current}`;
    const generator = overrides[key] === undefined ? generated[key] : undefined;
    if (generator) fresh.add(key);
    const value = overrides[key] ?? (generator ? generator() : exampleValue);
    if (value !== exampleValue || current === undefined) changed = true;
    existing.set(key, value);
    return `${key}=${value}`;
  });
  // Keys an operator added by hand stay.
  const known = new Set(lines.map((l) => /^([A-Z0-9_]+)=/.exec(l.trim())?.[1]).filter(Boolean));
  for (const [key, value] of existing) if (!known.has(key)) out.push(`${key}=${value}`);
  if (changed) writeFileSync(envPath, out.join('\n'), { mode: 0o600 });
  return { env: existing, created: changed, generated: fresh };
};

export type LocalEnv = { cms: EnvFile; web: EnvFile; created: boolean };

export const ensureEnv = (): LocalEnv => {
  const cms = fillEnv(path.join(root, 'apps/cms/.env.example'), path.join(root, 'apps/cms/.env'));
  const token = cms.env.get('STRAPI_READ_TOKEN') ?? '';
  const cmsUrl = `http://${cms.env.get('HOST') ?? '127.0.0.1'}:${cms.env.get('PORT') ?? '1337'}`;
  const web = fillEnv(path.join(root, 'apps/web/.env.example'), path.join(root, 'apps/web/.env'), {
    STRAPI_URL: cmsUrl,
    STRAPI_TOKEN: token,
    PREVIEW_SECRET: cms.env.get('PREVIEW_SECRET') ?? '',
  });
  // Shown once, here in the terminal, never in the CMS log (logs are kept and shipped).
  const accounts = [
    ['Administrateur local', 'ADMIN'],
    ['Compte Rédaction (démonstration)', 'DEMO_REDACTION'],
    ['Compte Publication (démonstration)', 'DEMO_PUBLICATION'],
  ];
  for (const [label, key] of accounts) {
    if (!cms.generated.has(`${key}_PASSWORD`)) continue;
    console.log(`${label} : ${cms.env.get(`${key}_EMAIL`) ?? ''}, mot de passe généré : ${cms.env.get(`${key}_PASSWORD`) ?? ''} (affiché cette fois seulement ; il reste dans ${key}_PASSWORD de apps/cms/.env).`);
  }
  return { cms: cms.env, web: web.env, created: cms.created || web.created };
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { created } = ensureEnv();
  console.log(created ? 'Fichiers .env créés ou complétés (apps/cms/.env, apps/web/.env).' : 'Fichiers .env déjà complets.');
}
