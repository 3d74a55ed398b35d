/**
 * `npm start`: the whole system on the embedded default. Creates the .env files on first run,
 * builds and starts Strapi (SQLite), waits for it, builds the site from it and serves the site.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureEnv } from './ensure-env.js';
import { run, startPrefixed, waitForHttp } from './lib/processes.js';
import { serveStatic } from './lib/serve-static.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cmsDir = path.join(root, 'apps/cms');
const webDir = path.join(root, 'apps/web');
const bin = (name: string): string => path.join(root, 'node_modules/.bin', name);

const quiet = { STRAPI_TELEMETRY_DISABLED: 'true', ASTRO_TELEMETRY_DISABLED: '1', TURBO_TELEMETRY_DISABLED: '1' };

const main = async (): Promise<void> => {
  const { cms, web } = ensureEnv();
  // Variables set in the shell win over the .env files, as in Strapi and Astro.
  const cmsPort = process.env.PORT ?? cms.get('PORT') ?? '1337';
  const cmsUrl = `http://127.0.0.1:${cmsPort}`;
  const webPort = Number(process.env.WEB_PORT ?? '4321');
  const siteUrl = process.env.SITE_URL ?? `http://127.0.0.1:${webPort}`;
  const env = { ...process.env, ...quiet, NODE_ENV: 'production' };
  const outDir = process.env.WEB_OUT_DIR ?? path.join(webDir, 'dist');

  console.log('1/4 Construction du CMS (administration et serveur)…');
  await run(bin('turbo'), ['run', 'build', '--filter=cms', '--output-logs=errors-only'], { cwd: root, env, label: 'cms:build' });

  console.log('2/4 Démarrage de Strapi…');
  const strapi = startPrefixed(process.execPath, [path.join(root, 'node_modules/@strapi/strapi/bin/strapi.js'), 'start'], {
    cwd: cmsDir,
    env: { ...env, PORT: cmsPort, PUBLIC_URL: process.env.PUBLIC_URL ?? cmsUrl },
    label: 'cms',
  });
  const stopAll = (): void => {
    strapi.kill('SIGTERM');
    process.exit(0);
  };
  process.on('SIGINT', stopAll);
  process.on('SIGTERM', stopAll);
  await waitForHttp(`${cmsUrl}/_health`, 180_000, strapi);

  console.log('3/4 Construction du site à partir du contenu publié…');
  await run(bin('astro'), ['build'], {
    cwd: webDir,
    env: { ...env, STRAPI_URL: cmsUrl, STRAPI_TOKEN: process.env.STRAPI_TOKEN ?? web.get('STRAPI_TOKEN') ?? '', SITE_URL: siteUrl, WEB_OUT_DIR: outDir },
    label: 'web:build',
  });

  console.log('4/4 Publication du site…');
  await serveStatic(() => outDir, webPort);
  console.log(
    [
      '',
      'Tout est prêt.',
      `  Site public      : ${siteUrl}/`,
      `  Administration   : ${cmsUrl}/admin`,
      `  Identifiant      : ${cms.get('ADMIN_EMAIL') ?? ''} (mot de passe : ADMIN_PASSWORD dans apps/cms/.env)`,
      'Ctrl+C pour tout arrêter.',
      '',
    ].join('\n'),
  );
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
