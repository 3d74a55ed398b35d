/**
 * `npm run loadtest [-- --seconds 10 --connections 50 --database sqlite|postgres --no-cache]`: boots a throw-away
 * CMS with the demo content and measures the list endpoints the build uses (docs/production.md).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot, startStrapi } from '@bluehats/testkit';
import { formatLoadTable, runLoadTest } from './load-test/run.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    database: { type: 'string', default: 'sqlite' },
    // Measures the database and population themselves, without the CMS's response cache.
    'no-cache': { type: 'boolean', default: false },
  },
});

const main = async (): Promise<void> => {
  const cms = await startStrapi({
    database: values.database === 'postgres' ? 'postgres' : 'sqlite',
    env: values['no-cache'] ? { API_CACHE_MAX_MB: '0' } : {},
  });
  try {
    const results = await runLoadTest({
      url: cms.url,
      token: cms.readToken,
      collections: ['articles', 'quotes', 'videos', 'project-calls', 'tags', 'pages'],
      connections: Number(values.connections),
      durationSeconds: Number(values.seconds),
    });
    console.log(`\n${values.connections} connexions, ${values.seconds} s par point d’accès, base ${values.database}, cache ${values['no-cache'] ? 'désactivé' : 'activé'} :\n\n${formatLoadTable(results)}\n`);
    mkdirSync(path.join(repoRoot, 'bench-results'), { recursive: true });
    writeFileSync(path.join(repoRoot, 'bench-results/loadtest.json'), `${JSON.stringify(results, null, 2)}\n`);
    if (results.some((r) => r.errors + r.non2xx > 0)) process.exitCode = 1;
  } finally {
    await cms.destroy();
  }
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
