/**
 * `npm run content-health [-- --cms <adresse>]`: what the content still needs (« à compléter »),
 * the same list as the admin's home page, each item with the link to its edit page. Reads the
 * running CMS as an admin account: ADMIN_EMAIL and ADMIN_PASSWORD from the environment or
 * apps/cms/.env. Exit code 1 when something would show as a fault on the site, 0 otherwise,
 * 2 when the CMS cannot be read.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { contentHealthPath } from 'cms/content-health';
import { entryLabel, type Finding } from 'cms/content-health/findings';
import { parseEnv } from './ensure-env.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const envFile = path.join(root, 'apps/cms/.env');
const cmsEnv = existsSync(envFile) ? parseEnv(readFileSync(envFile, 'utf8')) : new Map<string, string>();
const setting = (name: string): string => process.env[name] ?? cmsEnv.get(name) ?? '';

const { values } = parseArgs({ options: { cms: { type: 'string' } } });
const cmsUrl = (values.cms ?? process.env.STRAPI_URL ?? `http://127.0.0.1:${setting('PORT') || '1337'}`).replace(/\/+$/, '');

const fail = (message: string): never => {
  console.error(message);
  process.exit(2);
};

const login = await fetch(`${cmsUrl}/admin/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ email: setting('ADMIN_EMAIL'), password: setting('ADMIN_PASSWORD') }),
}).catch(() => fail(`Le CMS ne répond pas sur ${cmsUrl} : lancez-le (npm start) ou donnez son adresse avec --cms.`));
if (login.status !== 200) fail(`Connexion refusée par ${cmsUrl} (${login.status}) : vérifiez ADMIN_EMAIL et ADMIN_PASSWORD.`);
const { data: session } = (await login.json()) as { data: { token?: string; accessToken?: string } };

const answer = await fetch(`${cmsUrl}${contentHealthPath}`, { headers: { authorization: `Bearer ${session.token ?? session.accessToken ?? ''}` } });
if (answer.status !== 200) fail(`${contentHealthPath} a répondu ${answer.status} : ${await answer.text()}`);
const { data: findings } = (await answer.json()) as { data: Finding[] };

const byEntry = new Map<string, Finding[]>();
for (const finding of findings) byEntry.set(finding.editPath, [...(byEntry.get(finding.editPath) ?? []), finding]);
for (const [key, items] of byEntry) {
  const [first] = items as [Finding];
  console.log(`\n${entryLabel(first)}\n  ${cmsUrl}/admin${first.editPath}`);
  for (const item of items) console.log(`  ${item.blocking ? '✗ bloquant ' : '· à revoir  '} ${item.where} : ${item.problem}`);
}
const blocking = findings.filter((f) => f.blocking).length;
console.log(`\n${findings.length} point(s) à compléter dans ${byEntry.size} entrée(s), dont ${blocking} bloquant(s) : ${blocking ? 'code de sortie 1' : 'code de sortie 0'}.`);
process.exitCode = blocking ? 1 : 0;
