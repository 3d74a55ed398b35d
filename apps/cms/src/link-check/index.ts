import type { Core } from '@strapi/strapi';
import { checkAfterPublication } from './after-publication';
import { linkCheckAdminRoutes } from './admin-routes';
import { linkChecker, type LinkChecker } from './checker';
import { ensureLinkCheckTable } from './store';

/**
 * External links of published content, checked on a schedule, after each publication and on an
 * editor's demand (docs/guide-redaction.md, Liens externes); broken ones are listed in « À compléter ».
 * LINK_CHECK_ENABLED=false turns it off (the test suite's CMS, which must not reach the internet).
 */
/** A number from the environment; unset or empty (as .env.example leaves it) gives the default. */
const numberOr = (value: string | undefined, fallback: number): number => (value === undefined || value.trim() === '' || Number.isNaN(Number(value)) ? fallback : Number(value));

const settingsOf = (env: NodeJS.ProcessEnv) => ({
  enabled: env.LINK_CHECK_ENABLED !== 'false',
  // Every night by default, when the sites linked to are quiet.
  schedule: env.LINK_CHECK_CRON || '0 4 * * *',
  timeoutMs: numberOr(env.LINK_CHECK_TIMEOUT_MS, 10_000),
  concurrency: Math.max(1, numberOr(env.LINK_CHECK_CONCURRENCY, 4)),
  perHostPauseMs: numberOr(env.LINK_CHECK_HOST_PAUSE_MS, 1000),
  maxRedirects: 5,
  allowPrivate: env.LINK_CHECK_ALLOW_PRIVATE === 'true',
  userAgent: 'BlueHats-verification-des-liens/1.0',
});

let checker: LinkChecker | null = null;

export const registerLinkCheck = (strapi: Core.Strapi, env: NodeJS.ProcessEnv): void => {
  const settings = settingsOf(env);
  if (!settings.enabled) return;
  checker = linkChecker(strapi, settings);
  checkAfterPublication(strapi, checker);
};

export const startLinkCheck = async (strapi: Core.Strapi, env: NodeJS.ProcessEnv): Promise<void> => {
  await ensureLinkCheckTable(strapi);
  const settings = settingsOf(env);
  if (!checker) return;
  strapi.server.routes(linkCheckAdminRoutes(strapi, checker));
  const scheduled = checker;
  strapi.cron.add({
    verificationDesLiens: {
      task: async () => {
        const count = await scheduled.checkAll();
        strapi.log.info(`Vérification des liens externes : ${count} lien(s) vérifié(s).`);
      },
      options: { rule: settings.schedule, tz: 'Europe/Paris' },
    },
  });
};
