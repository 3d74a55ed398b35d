/**
 * `npm run screenshots [-- <site url>]`: photographs the home page, an article and a project call
 * at desktop and mobile widths, in Debian's Chromium, into screenshots/. Run it while `npm start`
 * serves the site (default address http://127.0.0.1:4321).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { launchChromium } from '@bluehats/testkit';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const site = (process.argv[2] ?? process.env.SITE_URL ?? 'http://127.0.0.1:4321').replace(/\/$/, '');
const out = path.join(root, 'screenshots');
const widths = { bureau: { width: 1280, height: 900 }, mobile: { width: 390, height: 844 } };

const firstLink = async (listPath: string, prefix: string): Promise<string> => {
  const html = await (await fetch(`${site}${listPath}`)).text();
  const match = new RegExp(`href="(${prefix}[a-z0-9-]+/)"`).exec(html);
  if (!match?.[1]) throw new Error(`Aucun lien ${prefix}… sur ${site}${listPath} : le site est-il lancé (npm start) ?`);
  return match[1];
};

const main = async (): Promise<void> => {
  mkdirSync(out, { recursive: true });
  const pages = {
    accueil: '/',
    article: await firstLink('/articles/', '/articles/'),
    'appel-a-projets': await firstLink('/appels-a-projets/', '/appels-a-projets/'),
  };
  const browser = await launchChromium(chromium);
  try {
    for (const [device, viewport] of Object.entries(widths)) {
      const context = await browser.newContext({ viewport });
      const tab = await context.newPage();
      for (const [name, route] of Object.entries(pages)) {
        await tab.goto(`${site}${route}`, { waitUntil: 'networkidle' });
        const file = path.join(out, `${name}-${device}.png`);
        await tab.screenshot({ path: file, fullPage: true });
        console.log(file);
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
