import { describeNetworkFailure, shortUrl, strapiErrorMessage } from './describe-failure';
import { StrapiClientError, type StrapiClientErrorDetails } from './errors';

export type Stats = { requests: number; bytes: number };

export type HttpSettings = {
  fetch: typeof globalThis.fetch;
  token: string | undefined;
  timeoutMs: number;
  retries: number;
  retryDelayMs: number;
  stats: Stats;
};

type Attempt = { ok: true; body: unknown } | { ok: false; error: StrapiClientError; retryable: boolean };

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const redact = (text: string, token: string | undefined): string =>
  token ? text.split(token).join('***') : text;

export const createHttp = (settings: HttpSettings) => {
  const fail = (message: string, details: StrapiClientErrorDetails, cause?: unknown): StrapiClientError =>
    new StrapiClientError(redact(message, settings.token), details, cause === undefined ? undefined : { cause });

  const attempt = async (url: string, contentType: string): Promise<Attempt> => {
    const where = shortUrl(url);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), settings.timeoutMs);
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (settings.token) headers.Authorization = `Bearer ${settings.token}`;
    settings.stats.requests += 1;
    let status: number;
    let text: string;
    try {
      const response = await settings.fetch(url, { headers, signal: controller.signal });
      status = response.status;
      const bytes = new Uint8Array(await response.arrayBuffer());
      settings.stats.bytes += bytes.byteLength;
      text = new TextDecoder().decode(bytes);
    } catch (cause) {
      if (controller.signal.aborted) {
        const message = `Délai dépassé (${settings.timeoutMs} ms) en interrogeant ${where} pour ${contentType}`;
        return { ok: false, retryable: true, error: fail(message, { kind: 'timeout', url, contentType }, cause) };
      }
      const message = `CMS injoignable à ${where} (${contentType}) : ${describeNetworkFailure(cause)}`;
      return { ok: false, retryable: true, error: fail(message, { kind: 'unreachable', url, contentType }, cause) };
    } finally {
      clearTimeout(timer);
    }

    let body: unknown;
    let parsed = true;
    try {
      body = JSON.parse(text);
    } catch {
      parsed = false;
    }
    if (status === 401 || status === 403) {
      const message = `Accès refusé (${status}) par ${where} : vérifiez STRAPI_TOKEN et le droit de lecture sur ${contentType}`;
      return { ok: false, retryable: false, error: fail(message, { kind: 'unauthorized', url, contentType, status }) };
    }
    if (status < 200 || status >= 300) {
      const detail = strapiErrorMessage(body);
      const hint = status === 404 ? ' (contenu absent, non publié, ou type inconnu de ce CMS)' : '';
      const message = `Erreur HTTP ${status} de ${where} pour ${contentType}${hint}${detail ? ` : ${detail}` : ''}`;
      return { ok: false, retryable: status >= 500, error: fail(message, { kind: 'http', url, contentType, status }) };
    }
    if (!parsed) {
      const message = `Réponse illisible (pas du JSON) de ${where} pour ${contentType} : STRAPI_URL désigne-t-elle bien le CMS ?`;
      return { ok: false, retryable: false, error: fail(message, { kind: 'http', url, contentType, status }) };
    }
    return { ok: true, body };
  };

  /** GET a JSON document, retrying network failures, timeouts and 5xx with exponential backoff. */
  const getJson = async (url: string, contentType: string): Promise<unknown> => {
    for (let retry = 0; ; retry += 1) {
      const result = await attempt(url, contentType);
      if (result.ok) return result.body;
      if (!result.retryable || retry >= settings.retries) {
        if (retry === 0) throw result.error;
        throw fail(`${result.error.message} (après ${retry + 1} tentatives)`, detailsOf(result.error), result.error.cause);
      }
      await sleep(settings.retryDelayMs * 2 ** retry);
    }
  };

  return { getJson, fail };
};

const detailsOf = (error: StrapiClientError): StrapiClientErrorDetails => ({
  kind: error.kind,
  url: error.url,
  contentType: error.contentType,
  entry: error.entry,
  field: error.field,
  status: error.status,
});
