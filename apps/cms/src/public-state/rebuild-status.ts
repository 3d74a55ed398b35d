import type { Publication } from './public-state-path';

// The rebuild service's header and path (packages/rebuild-service/src/webhook-server.ts): the CMS runs compiled JavaScript and takes no workspace package at run time.
const SECRET_HEADER = 'x-bluehats-webhook-secret';
const PUBLICATIONS = '/publications';
const TIMEOUT_MS = 2000;

export type RebuildStatusSettings = { statusUrl: string | undefined; secret: string | undefined };

export const rebuildStatusSettings = (env: NodeJS.ProcessEnv): RebuildStatusSettings => ({
  statusUrl: env.REBUILD_STATUS_URL,
  secret: env.REBUILD_WEBHOOK_SECRET,
});

/**
 * Asks the rebuild service (REBUILD_STATUS_URL, its /status address) what became of entries' last
 * changes. Asked by the CMS, not the browser: the service needs the webhook secret for this, and
 * the admin would need CORS to reach it. Undefined when the service is not configured or did not answer.
 */
export const readPublications = async <T extends Publication | null | Publication[]>(
  settings: RebuildStatusSettings,
  query: Record<string, string>,
): Promise<T | undefined> => {
  if (!settings.statusUrl || !settings.secret) return undefined;
  try {
    const response = await fetch(`${settings.statusUrl.replace(/\/+$/, '')}${PUBLICATIONS}?${new URLSearchParams(query)}`, {
      headers: { [SECRET_HEADER]: settings.secret },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!response.ok) return undefined;
    return ((await response.json()) as { data: T }).data;
  } catch {
    return undefined;
  }
};
