import type { Core } from '@strapi/strapi';

const NAME = 'Reconstruction du site';
const EVENTS = ['entry.create', 'entry.update', 'entry.delete', 'entry.publish', 'entry.unpublish'];

type Webhook = { id: string | number; name: string; url: string; headers: Record<string, string>; events: string[]; isEnabled: boolean };
type WebhookStore = {
  findWebhooks: () => Promise<Webhook[]>;
  createWebhook: (data: Omit<Webhook, 'id'>) => Promise<Webhook>;
  updateWebhook: (id: Webhook['id'], data: Omit<Webhook, 'id'>) => Promise<Webhook>;
};
type WebhookRunner = { add: (w: Webhook) => void; update: (w: Webhook) => void };

/**
 * Points Strapi's webhook at the rebuild service named by REBUILD_WEBHOOK_URL (our own service in
 * the embedded default, or a CI/CD deploy hook in production), with its secret in a header.
 * Strapi loads stored webhooks before the app's bootstrap, so the runner is told directly.
 */
export const ensureRebuildWebhook = async (strapi: Core.Strapi, url: string | undefined, secret: string | undefined): Promise<void> => {
  if (!url) return;
  // Without a secret, any caller could trigger rebuilds on a receiver that accepts an empty header.
  if (!secret) throw new Error('REBUILD_WEBHOOK_SECRET est vide alors que REBUILD_WEBHOOK_URL est défini : le CMS refuse de démarrer sans secret de webhook.');
  const store = strapi.get('webhookStore') as WebhookStore;
  const runner = strapi.get('webhookRunner') as WebhookRunner;
  const headers: Record<string, string> = { 'x-bluehats-webhook-secret': secret };
  const data = {
    name: NAME,
    url,
    headers,
    events: EVENTS,
    isEnabled: true,
  };
  const existing = (await store.findWebhooks()).find((w) => w.name === NAME);
  if (!existing) {
    runner.add(await store.createWebhook(data));
    strapi.log.info(`Webhook « ${NAME} » créé vers ${url}.`);
    return;
  }
  const same = existing.url === url && JSON.stringify(existing.headers) === JSON.stringify(data.headers) && existing.isEnabled;
  if (!same) runner.update(await store.updateWebhook(existing.id, data));
};
