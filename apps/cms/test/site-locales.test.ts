import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken, createThrowawayDatabase, newSecrets, restWrite, runSql, startStrapi, testDatabase, type StrapiServer, type ThrowawayDatabase } from '@bluehats/testkit';
import { contentTypes, defaultLocale, locales } from '@bluehats/content-types';

type Entry = { documentId: string; locale?: string; title?: string; date?: string; slug?: string };
type Listing = { data: Entry[]; meta: { pagination: { total: number } } };
type One = { data: Entry };

const localizedTables = Object.values(contentTypes)
  .filter((type) => type.localized)
  .map((type) => type.collection.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`));

const body = (text: string) => [{ __component: 'blocks.rich-text', content: [{ type: 'paragraph', children: [{ type: 'text', text }] }] }];

/** The stored i18n settings: languages in creation order, and the default one. */
const storedLocales = async (database: ThrowawayDatabase) => ({
  codes: (await runSql<{ code: string; name: string }>(database, 'SELECT code, name FROM i18n_locale ORDER BY id')).map((row) => `${row.code} ${row.name}`),
  default: (await runSql<{ value: string }>(database, "SELECT value FROM strapi_core_store_settings WHERE key = 'plugin_i18n_default_locale'")).map((row) => JSON.parse(row.value) as string),
});

/** Rows of every translated table, by locale (NULL included): how many entries each language holds. */
const rowsByLocale = async (database: ThrowawayDatabase): Promise<Record<string, string>> => {
  const counts: Record<string, string> = {};
  for (const table of localizedTables) {
    const rows = await runSql<{ locale: string | null; n: number | string }>(database, `SELECT locale, COUNT(*) AS n FROM ${table} GROUP BY locale ORDER BY locale`);
    counts[table] = rows.map((row) => `${row.locale ?? 'NULL'}:${String(row.n)}`).join(' ');
  }
  return counts;
};

/**
 * Makes the database what it was before the site had languages: no translated type in the stored
 * model, entries without locale, Strapi's own first locale (English) as default, no French.
 */
const asBeforeLanguages = async (database: ThrowawayDatabase): Promise<void> => {
  const [stored] = await runSql<{ value: string }>(database, "SELECT value FROM strapi_core_store_settings WHERE key = 'strapi_content_types_schema'");
  const model = JSON.parse(stored?.value ?? '{}') as Record<string, { pluginOptions?: Record<string, unknown> }>;
  for (const [uid, schema] of Object.entries(model)) if (uid.startsWith('api::')) delete schema.pluginOptions?.i18n;
  await runSql(database, "UPDATE strapi_core_store_settings SET value = ? WHERE key = 'strapi_content_types_schema'", [JSON.stringify(model)]);
  for (const table of localizedTables) {
    await runSql(database, `DELETE FROM ${table} WHERE locale <> 'fr'`);
    await runSql(database, `UPDATE ${table} SET locale = NULL`);
  }
  await runSql(database, "DELETE FROM i18n_locale WHERE code = 'fr'");
  await runSql(database, "UPDATE i18n_locale SET name = 'English (en)' WHERE code = 'en'");
  await runSql(database, "UPDATE strapi_core_store_settings SET value = ? WHERE key = 'plugin_i18n_default_locale'", [JSON.stringify('en')]);
  // The published versions' table had no language column yet (src/history/store.ts).
  await runSql(database, 'ALTER TABLE bluehats_published_versions DROP COLUMN locale');
};

const versionCount = async (database: ThrowawayDatabase, where = ''): Promise<number> =>
  Number((await runSql<{ n: number | string }>(database, `SELECT COUNT(*) AS n FROM bluehats_published_versions ${where}`))[0]?.n ?? 0);

describe(`langues du site sur ${testDatabase}`, () => {
  let database: ThrowawayDatabase;
  const secrets = newSecrets();
  let cms: StrapiServer;
  let writer = '';
  let documentId = '';

  const get = async (path: string): Promise<unknown> => {
    const response = await fetch(`${cms.url}${path}`, { headers: { authorization: `Bearer ${cms.readToken}` } });
    expect(response.status, path).toBe(200);
    return response.json();
  };
  const read = async (path: string): Promise<Listing> => (await get(path)) as Listing;
  const readOne = async (path: string): Promise<One> => (await get(path)) as One;

  beforeAll(async () => {
    database = await createThrowawayDatabase(testDatabase);
    cms = await startStrapi({ database, secrets });
    writer = await createApiToken(cms, 'full-access');
  }, 300_000);
  afterAll(async () => {
    await cms?.stop();
    await database?.drop();
  });

  it('crée une base neuve avec le français en première langue et par défaut, puis l’anglais', async () => {
    expect(locales).toEqual(['fr', 'en']);
    expect(defaultLocale).toBe('fr');
    expect(await storedLocales(database)).toEqual({ codes: ['fr Français', 'en Anglais'], default: ['fr'] });
    // The demo content is French, part of it with its English version: every entry has a language.
    const demo = await rowsByLocale(database);
    expect(Object.values(demo).join(' ')).not.toMatch(/NULL/);
    expect(demo.articles).toMatch(/^en:\d+ fr:\d+$/);
  });

  it('traduit un article dans le même document ; sans locale, l’API répond en français', async () => {
    const french = await restWrite(cms, writer, 'POST', '/api/articles?status=published', {
      title: 'Ouvrir son code',
      slug: 'ouvrir-son-code',
      description: 'Pourquoi et comment ouvrir le code source d’une administration.',
      date: '2026-11-02',
      body: body('Le texte français.'),
    });
    documentId = String(french.documentId);
    const english = await restWrite(cms, writer, 'PUT', `/api/articles/${documentId}?locale=en&status=published`, {
      title: 'Opening your code',
      slug: 'opening-your-code',
      description: 'Why and how a public administration opens its source code.',
      body: body('The English text.'),
    });
    expect(english).toMatchObject({ documentId, locale: 'en', title: 'Opening your code' });

    const byDefault = await readOne(`/api/articles/${documentId}`);
    expect(byDefault.data).toMatchObject({ locale: 'fr', title: 'Ouvrir son code' });
    const inEnglish = await readOne(`/api/articles/${documentId}?locale=en`);
    // The date is shared: the English version has the French one without anyone typing it.
    expect(inEnglish.data).toMatchObject({ locale: 'en', title: 'Opening your code', date: '2026-11-02' });
    expect((await read('/api/articles?locale=en')).data.map((entry) => entry.documentId)).toContain(documentId);
    expect((await read('/api/articles?pagination[pageSize]=100')).data.every((entry) => entry.locale === 'fr')).toBe(true);

    // Addresses are unique per language: another document's English version may take a French slug, not an English one.
    const other = String((await restWrite(cms, writer, 'POST', '/api/articles?status=published', { title: 'Une autre', slug: 'une-autre', description: 'Une autre entrée.', date: '2026-11-04', body: body('Autre.') })).documentId);
    await restWrite(cms, writer, 'PUT', `/api/articles/${other}?locale=en&status=published`, { title: 'Another', slug: 'ouvrir-son-code', description: 'Another one.', body: body('Other.') });
    await expect(restWrite(cms, writer, 'PUT', `/api/articles/${other}?locale=en&status=published`, { slug: 'opening-your-code' })).rejects.toThrow(/L’adresse « opening-your-code » est déjà utilisée par « Opening your code »/);
    await restWrite(cms, writer, 'DELETE', `/api/articles/${other}?locale=*`);

    // A shared field changed in French changes in English too.
    await restWrite(cms, writer, 'PUT', `/api/articles/${documentId}?status=published`, { date: '2026-11-03' });
    expect((await readOne(`/api/articles/${documentId}?locale=en`)).data.date).toBe('2026-11-03');
  });

  it('garde en français toutes les entrées d’une base créée avant les langues, même si l’anglais y était la langue par défaut', async () => {
    await cms.stop();
    await asBeforeLanguages(database);
    const before = await rowsByLocale(database);
    const versions = await versionCount(database);
    expect(versions).toBeGreaterThan(0);
    expect(Object.values(before).join(' ')).toMatch(/NULL/);
    expect(await storedLocales(database)).toEqual({ codes: ['en English (en)'], default: ['en'] });

    cms = await startStrapi({ database, secrets });
    const after = await rowsByLocale(database);
    // Same number of rows, every one of them French.
    expect(after).toEqual(Object.fromEntries(Object.entries(before).map(([table, counts]) => [table, counts.replace(/NULL:/g, 'fr:')])));
    expect(await storedLocales(database)).toEqual({ codes: ['en Anglais', 'fr Français'], default: ['fr'] });
    expect((await readOne(`/api/articles/${documentId}`)).data).toMatchObject({ locale: 'fr', title: 'Ouvrir son code' });
    expect((await read('/api/articles?locale=en')).meta.pagination.total).toBe(0);
    // The versions kept before get the language column, empty: read as the French ones.
    expect(await versionCount(database, 'WHERE locale IS NULL')).toBe(versions);
  });
});
