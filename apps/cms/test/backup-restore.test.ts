import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStrapiClient } from '@bluehats/strapi-client';
import {
  createApiToken,
  createThrowawayDatabase,
  cmsDir,
  restWrite,
  runStrapiCli,
  serverEnv,
  startStrapi,
  type StrapiServer,
  type ThrowawayDatabase,
} from '@bluehats/testkit';

// A 1×1 PNG, enough to go through the upload pipeline and be exported as a file.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

const collections = ['articles', 'quotes', 'videos', 'project-calls', 'tags', 'pages'] as const;
const singles = ['site-setting', 'navigation'] as const;

/** Row ids are the database's business; everything a reader or the site sees must survive. */
const withoutRowIds = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(withoutRowIds);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([key]) => key !== 'id')
        .map(([key, v]) => [key, withoutRowIds(v)]),
    );
  }
  return value;
};

const snapshot = async (cms: StrapiServer): Promise<Record<string, unknown>> => {
  const client = createStrapiClient({ url: cms.url, token: cms.readToken });
  const result: Record<string, unknown> = {};
  for (const name of collections) {
    const entries = await client.findAll(name);
    result[name] = withoutRowIds([...entries].sort((a, b) => a.documentId.localeCompare(b.documentId)));
  }
  for (const name of singles) result[name] = withoutRowIds(await client.findSingle(name));
  return result;
};

/** Every file and folder under apps/cms/public, with its size and modification time. */
const appPublicListing = (): string[] =>
  readdirSync(path.join(cmsDir, 'public'), { recursive: true, encoding: 'utf8' })
    .sort()
    .map((name) => {
      const stats = statSync(path.join(cmsDir, 'public', name));
      return `${name} ${stats.size} ${stats.mtimeMs}`;
    });

describe('backup and restore with strapi export / import', () => {
  let source: StrapiServer;
  let target: StrapiServer | undefined;
  let targetDb: ThrowawayDatabase;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bluehats-backup-'));
  // Taken before anything boots: uploads and `strapi import --force` must not reach a developer's files.
  const publicBefore = appPublicListing();

  beforeAll(async () => {
    source = await startStrapi({ database: 'sqlite' });
    // Give one article a cover image so that the media library and its files are part of the trip.
    const writer = await createApiToken(source, 'full-access');
    const form = new FormData();
    form.append('files', new Blob([PNG], { type: 'image/png' }), 'couverture-test.png');
    const upload = await fetch(`${source.url}/api/upload`, { method: 'POST', headers: { authorization: `Bearer ${writer}` }, body: form });
    expect(upload.status).toBe(201);
    const [file] = (await upload.json()) as Array<{ id: number }>;
    const articles = await createStrapiClient({ url: source.url, token: source.readToken }).findAll('articles');
    await restWrite(source, writer, 'PUT', `/api/articles/${articles[0]?.documentId}`, {
      cover: file?.id,
      coverAlt: 'Un pixel de test',
    });
  }, 300_000);
  afterAll(async () => {
    await source?.destroy();
    await target?.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('restores a SQLite backup into an empty PostgreSQL database with every entry, relation and file', async () => {
    const before = await snapshot(source);
    expect(JSON.stringify(before)).toContain('couverture-test');
    // Strapi re-encodes uploaded images: the bytes to find again are the ones it stored.
    const coverUrl = (before.articles as Array<{ cover: { url: string } | null }>).find((a) => a.cover)?.cover?.url;
    const stored = Buffer.from(await (await fetch(`${source.url}${coverUrl}`)).arrayBuffer());
    expect(stored.length).toBeGreaterThan(0);
    await source.stop();

    const file = path.join(dir, 'sauvegarde');
    const exported = await runStrapiCli(['export', '--no-encrypt', '-f', file], serverEnv(source));
    expect(exported.code, exported.output).toBe(0);
    const archive = readdirSync(dir).find((name) => name.startsWith('sauvegarde'));
    expect(archive).toBeTruthy();

    targetDb = await createThrowawayDatabase('postgres');
    const env = { ...source.secrets, ...targetDb.env, SEED_DEMO_CONTENT: 'false' };
    // Importing needs the schema in place: one boot of the app on the empty database creates it.
    const empty = await startStrapi({ database: targetDb, secrets: source.secrets, env: { SEED_DEMO_CONTENT: 'false' } });
    await empty.stop();
    const imported = await runStrapiCli(['import', '--force', '-f', path.join(dir, archive ?? '')], env);
    expect(imported.code, imported.output).toBe(0);

    target = await startStrapi({ database: targetDb, secrets: source.secrets, env: { SEED_DEMO_CONTENT: 'false' } });
    const after = await snapshot(target);
    expect(after).toEqual(before);
    const cover = (after.articles as Array<{ cover: { url: string } | null }>).find((a) => a.cover)?.cover;
    const image = await fetch(`${target.url}${cover?.url}`);
    expect(image.status).toBe(200);
    expect(Buffer.from(await image.arrayBuffer()).equals(stored)).toBe(true);
    // Four Strapi processes one after the other (export, schema boot, import, boot): beyond the default on a busy machine.
  }, 360_000);

  it('leaves apps/cms/public as it found it: the servers, the upload and the import wrote into their own folder', () => {
    expect(appPublicListing()).toEqual(publicBefore);
    expect(source.database.env.PUBLIC_DIR).toBeTruthy();
    expect(readdirSync(path.join(targetDb.env.PUBLIC_DIR ?? '', 'uploads')).length).toBeGreaterThan(0);
  });
});
