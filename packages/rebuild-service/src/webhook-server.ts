import { timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import { publicStatus } from './public-status.js';
import type { Rebuilder } from './rebuilder.js';

export const SECRET_HEADER = 'x-bluehats-webhook-secret';

const sameSecret = (given: string, expected: string): boolean => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

type StrapiEvent = { event?: string; model?: string; uid?: string; entry?: { slug?: string; documentId?: string; locale?: string | null; publishedAt?: string | null } };

// Saving a draft changes nothing a reader can see: only published versions (and deletions) count.
const changesPublicSite = (event: StrapiEvent): boolean =>
  !(['entry.create', 'entry.update'].includes(event.event ?? '') && event.entry && event.entry.publishedAt === null);

/** Where the CMS asks what became of each entry's last change (with the secret: the log names drafts' entries). */
export const PUBLICATIONS_PATH = '/status/publications';

const LATEST_DEFAULT = 20;
const LATEST_MAX = 100;

/**
 * One language version's state (`?uid=…&documentId=…&locale=…`, no locale for a type not
 * translated; null when the service knows nothing of it) or the last changes (`?limit=…`).
 */
const publicationsAnswer = (rebuilder: Rebuilder, query: URLSearchParams): unknown => {
  const uid = query.get('uid');
  const documentId = query.get('documentId');
  if (uid && documentId) return { data: rebuilder.publications.of(uid, documentId, query.get('locale') || null) };
  const limit = Math.min(Math.max(Number(query.get('limit')) || LATEST_DEFAULT, 1), LATEST_MAX);
  return { data: rebuilder.publications.latest(limit) };
};

/**
 * Receives Strapi's webhooks (POST /webhook, secret in a header) and exposes the state of the
 * rebuilds (GET /status) and of each entry's last change (GET /status/publications). Anything without the secret is refused before it can cause a build.
 */
export const startWebhookServer = async (rebuilder: Rebuilder, options: { port: number; secret: string; host?: string }): Promise<http.Server> => {
  // An empty secret would accept an empty header, i.e. anyone: refuse to start instead.
  if (!options.secret) throw new Error('REBUILD_WEBHOOK_SECRET est vide : le service de reconstruction refuse de démarrer sans secret.');
  return new Promise((resolve) => {
    const server = http.createServer((req, res) => {
      const json = (status: number, body: unknown): void => {
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
      };
      const given = req.headers[SECRET_HEADER];
      const authenticated = typeof given === 'string' && sameSecret(given, options.secret);
      // Anyone may see whether the last publish went live; folders, errors and reasons need the secret.
      if (req.method === 'GET' && req.url === '/status') return json(200, authenticated ? rebuilder.status() : publicStatus(rebuilder.status()));
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (req.method === 'GET' && url.pathname === PUBLICATIONS_PATH) {
        return authenticated ? json(200, publicationsAnswer(rebuilder, url.searchParams)) : json(401, { error: 'secret absent ou invalide' });
      }
      if (req.method !== 'POST' || req.url !== '/webhook') return json(404, { error: 'introuvable' });
      if (!authenticated) return json(401, { error: 'secret absent ou invalide' });
      let raw = '';
      req.on('data', (chunk: Buffer) => {
        raw += chunk.toString();
        if (raw.length > 1_000_000) req.destroy();
      });
      req.on('end', () => {
        let event: StrapiEvent = {};
        try {
          event = JSON.parse(raw || '{}') as StrapiEvent;
        } catch {
          return json(400, { error: 'corps JSON invalide' });
        }
        if (!changesPublicSite(event)) return json(202, { accepted: false, reason: 'brouillon' });
        const uid = event.uid ?? event.model;
        const documentId = event.entry?.documentId;
        rebuilder.trigger(
          `${event.event ?? 'événement'} ${event.model ?? ''} ${event.entry?.slug ?? documentId ?? ''} ${event.entry?.locale ?? ''}`.trim(),
          uid && documentId ? { uid, documentId, locale: event.entry?.locale || null, event: event.event ?? 'événement' } : undefined,
        );
        json(202, { accepted: true });
      });
    });
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve(server));
  });
};
