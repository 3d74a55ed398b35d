import type { Core } from '@strapi/strapi';
import { describe, expect, it } from 'vitest';
import { ensureRebuildWebhook } from '../src/bootstrap/rebuild-webhook';

// Any use of Strapi would mean the webhook was about to be stored: the refusal must come first.
const untouchable = new Proxy({}, {
  get: (_target, name) => {
    throw new Error(`Strapi utilisé (${String(name)}) avant le refus`);
  },
}) as Core.Strapi;

describe('the rebuild webhook', () => {
  it('refuses to start with a URL and an empty secret, which an empty header would match', async () => {
    for (const secret of ['', undefined]) {
      await expect(ensureRebuildWebhook(untouchable, 'http://127.0.0.1:4322/webhook', secret)).rejects.toThrow('REBUILD_WEBHOOK_SECRET est vide');
    }
  });

  it('needs no secret when no webhook is configured', async () => {
    await expect(ensureRebuildWebhook(untouchable, undefined, '')).resolves.toBeUndefined();
  });
});
