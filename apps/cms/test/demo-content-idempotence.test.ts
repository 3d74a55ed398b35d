import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { contentTypeNames, contentTypes, sectionIn, type ContentTypeName } from '@bluehats/content-types';
import { createThrowawayDatabase, newSecrets, runSql, startStrapi, testDatabase, type ThrowawayDatabase } from '@bluehats/testkit';
import { demoArticles, demoEvents, demoNavigation, demoPages, demoProjectCalls, demoQuotes, demoSiteSettings, demoTags, demoVideos } from '../src/seed/demo';

type Listing = { data: Array<{ documentId: string; title: string }>; meta: { pagination: { total: number } } };

const count = async (url: string, token: string, type: string, locale = 'fr'): Promise<number> => {
  const response = await fetch(`${url}/api/${type}?pagination[pageSize]=1&locale=${locale}`, { headers: { authorization: `Bearer ${token}` } });
  return ((await response.json()) as Listing).meta.pagination.total;
};

const read = async <T>(url: string, token: string, path: string): Promise<T> => {
  const response = await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  expect(response.status, path).toBe(200);
  return ((await response.json()) as { data: T }).data;
};

// The translated types' tables, named by their schemas.
const translatedTypes = contentTypeNames.filter((name) => contentTypes[name].localized);
const tableOf = (name: ContentTypeName): string => {
  const model = contentTypes[name].singularName;
  const schema = readFileSync(new URL(`../src/api/${model}/content-types/${model}/schema.json`, import.meta.url), 'utf8');
  return (JSON.parse(schema) as { collectionName: string }).collectionName;
};

/** Every row of every translated type, in both languages, as stored: what a seeding (or a label written again) would change. */
const storedRows = async (database: ThrowawayDatabase): Promise<Record<string, unknown[]>> => {
  const rows: Record<string, unknown[]> = {};
  for (const name of translatedTypes) rows[name] = await runSql(database, `SELECT * FROM ${tableOf(name)} ORDER BY id`);
  return rows;
};

// How many entries of each type demo/ gives an English version (all published but the draft article's).
const now = new Date();
const englishInDemo: Record<string, number> = {
  articles: demoArticles.filter((article) => article.english && article.status === 'published').length,
  pages: demoPages.filter((page) => page.english).length,
  'project-calls': demoProjectCalls(now).filter((call) => call.english).length,
  events: demoEvents(now).filter((event) => event.english).length,
  tags: demoTags.filter((tag) => tag.english).length,
  quotes: demoQuotes.filter((quote) => quote.english).length,
  videos: demoVideos.filter((video) => video.english).length,
};

describe(`demo content on ${testDatabase}`, () => {
  let database: ThrowawayDatabase | undefined;
  afterAll(async () => {
    await database?.drop();
  });

  it('is created once, in French and partly in English, and never overwrites an editor’s changes', async () => {
    database = await createThrowawayDatabase(testDatabase);
    const secrets = newSecrets();
    const types = ['articles', 'quotes', 'videos', 'project-calls', 'tags', 'pages'];

    const first = await startStrapi({ database, secrets });
    const before = await Promise.all(types.map((t) => count(first.url, first.readToken, t)));
    try {
      // Each English version of demo/ is online: the site's token reads published versions only,
      // and the database holds no English version beyond those.
      for (const [type, expected] of Object.entries(englishInDemo)) {
        expect(expected, type).toBeGreaterThan(0);
        expect(await count(first.url, first.readToken, type, 'en'), type).toBe(expected);
        const name = type as ContentTypeName;
        const [stored] = await runSql<{ n: number | string }>(database, `SELECT COUNT(DISTINCT document_id) AS n FROM ${tableOf(name)} WHERE locale = 'en'`);
        expect(Number(stored?.n), type).toBe(expected);
      }
      // Some entries stay French only, on purpose.
      expect(await count(first.url, first.readToken, 'articles', 'en')).toBeLessThan(before[types.indexOf('articles')] ?? 0);

      // The newest articles are the English ones, so the English home shows them; shared fields (the date) come from the French.
      type Dated = { documentId: string; title: string; date: string; tags: Array<{ name: string; locale: string }> };
      const english = await read<Dated[]>(first.url, first.readToken, '/api/articles?locale=en&sort=date:desc&populate[0]=tags');
      const french = await read<Dated[]>(first.url, first.readToken, `/api/articles?sort=date:desc&pagination[pageSize]=${english.length}`);
      expect(english.map((a) => [a.documentId, a.date])).toEqual(french.map((a) => [a.documentId, a.date]));
      for (const article of english) {
        expect(french.map((a) => a.title)).not.toContain(article.title);
        // Its tags are the tags' English versions.
        expect(article.tags.length, article.title).toBeGreaterThan(0);
        for (const tag of article.tags) expect(tag.locale, `${article.title} : ${tag.name}`).toBe('en');
      }

      // The English site's settings and menus, in English, leading to the English sections.
      const settings = await read<{ siteName: string; locale: string }>(first.url, first.readToken, '/api/site-setting?locale=en');
      expect(settings).toMatchObject({ locale: 'en', siteName: demoSiteSettings.english?.siteName });
      type Menus = { mainMenu: Array<{ url: string }>; legalLinks: Array<{ url: string }> };
      const menus = await read<Menus>(first.url, first.readToken, '/api/navigation?locale=en&populate=*');
      expect(menus.mainMenu.map((link) => link.url)).toEqual(demoNavigation.english?.mainMenu.map((link) => link.url));
      const englishSections = contentTypeNames.flatMap((name) => sectionIn(name, 'en')?.path ?? []);
      for (const { url } of menus.mainMenu) expect(englishSections.some((path) => url.startsWith(path)), url).toBe(true);
    } finally {
      await first.stop();
    }

    // An editor renames one article and deletes another, straight in the database; they also retitle an English version.
    const rows = await runSql<{ documentId: string }>(database, 'SELECT document_id AS "documentId" FROM articles GROUP BY document_id ORDER BY MIN(id)');
    const [renamed, deleted] = rows;
    await runSql(database, 'UPDATE articles SET title = ? WHERE document_id = ?', ['Titre choisi par la rédaction', renamed?.documentId]);
    await runSql(database, 'DELETE FROM articles WHERE document_id = ?', [deleted?.documentId]);
    const [translated] = await runSql<{ documentId: string }>(database, `SELECT document_id AS "documentId" FROM articles WHERE locale = 'en' AND document_id <> ? ORDER BY id`, [renamed?.documentId]);
    await runSql(database, `UPDATE articles SET title = ? WHERE document_id = ? AND locale = 'en'`, ['Title chosen by the editors', translated?.documentId]);
    const stored = await storedRows(database);
    expect(stored.articles?.some((row) => (row as { locale: string }).locale === 'en')).toBe(true);

    const second = await startStrapi({ database, secrets });
    try {
      const after = await Promise.all(types.map((t) => count(second.url, second.readToken, t)));
      const articleIndex = types.indexOf('articles');
      expect(after.filter((_, i) => i !== articleIndex)).toEqual(before.filter((_, i) => i !== articleIndex));
      expect(after[articleIndex]).toBeLessThan(before[articleIndex] ?? 0);
      const response = await fetch(`${second.url}/api/articles/${renamed?.documentId}`, {
        headers: { authorization: `Bearer ${second.readToken}` },
      });
      expect(((await response.json()) as { data: { title: string } }).data.title).toBe('Titre choisi par la rédaction');
      const retitled = await read<{ title: string }>(second.url, second.readToken, `/api/articles/${translated?.documentId}?locale=en`);
      expect(retitled.title).toBe('Title chosen by the editors');
      // The second boot wrote nothing, in either language.
      expect(await storedRows(database)).toEqual(stored);
    } finally {
      await second.stop();
    }
  });
});
