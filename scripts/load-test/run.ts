import autocannon from 'autocannon';
import { contentTypes, type CollectionTypeName } from '@bluehats/content-types';

export type LoadResult = {
  endpoint: string;
  populated: boolean;
  requestsPerSecond: number;
  latencyMs: { p50: number; p97_5: number; p99: number };
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
};

const query = (name: CollectionTypeName, populated: boolean): string => {
  const parts: string[] = ['pagination[pageSize]=100'];
  const walk = (prefix: string, value: unknown): void => {
    if (value !== null && typeof value === 'object') for (const [key, child] of Object.entries(value)) walk(`${prefix}[${key}]`, child);
    else parts.push(`${prefix}=${String(value)}`);
  };
  if (populated) walk('populate', contentTypes[name].populate);
  return parts.join('&');
};

/**
 * The list endpoints the site build reads, hammered on loopback with and without the population
 * the pages need, with the build's read-only token.
 */
export const runLoadTest = async (options: {
  url: string;
  token: string;
  collections: CollectionTypeName[];
  connections: number;
  durationSeconds: number;
}): Promise<LoadResult[]> => {
  const results: LoadResult[] = [];
  for (const name of options.collections) {
    for (const populated of [false, true]) {
      const endpoint = `/api/${name}?${query(name, populated)}`;
      // One request first, as the build makes: the database pool and the response cache start cold, and
      // a measure of a few seconds must not be spent opening connections.
      const warmUp = await fetch(`${options.url}${endpoint}`, { headers: { authorization: `Bearer ${options.token}` } });
      if (!warmUp.ok) throw new Error(`${options.url}${endpoint} : réponse ${warmUp.status} avant la mesure`);
      await warmUp.arrayBuffer();
      const run = await autocannon({
        url: `${options.url}${endpoint}`,
        connections: options.connections,
        duration: options.durationSeconds,
        headers: { authorization: `Bearer ${options.token}` },
      });
      results.push({
        endpoint: `/api/${name}`,
        populated,
        requestsPerSecond: run.requests.average,
        latencyMs: { p50: run.latency.p50, p97_5: run.latency.p97_5, p99: run.latency.p99 },
        requests: run.requests.total,
        errors: run.errors,
        timeouts: run.timeouts,
        non2xx: run.non2xx,
      });
    }
  }
  return results;
};

export const formatLoadTable = (results: LoadResult[]): string =>
  [
    '| Point d’accès | Population | Requêtes/s | Latence p50 / p97,5 / p99 (ms) | Erreurs | Réponses non 2xx |',
    '|---|---|---|---|---|---|',
    ...results.map(
      (r) =>
        `| ${r.endpoint} | ${r.populated ? 'oui' : 'non'} | ${r.requestsPerSecond.toFixed(0)} | ${r.latencyMs.p50} / ${r.latencyMs.p97_5} / ${r.latencyMs.p99} | ${r.errors} (dont ${r.timeouts} délais dépassés) | ${r.non2xx} |`,
    ),
  ].join('\n');
