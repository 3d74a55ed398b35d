import { afterAll, describe, expect, it } from 'vitest';
import { createThrowawayDatabase, newSecrets, runSql, startStrapi, testDatabase, type ThrowawayDatabase } from '@bluehats/testkit';

type Listing = { data: Array<{ documentId: string; title: string }>; meta: { pagination: { total: number } } };

const count = async (url: string, token: string, type: string): Promise<number> => {
  const response = await fetch(`${url}/api/${type}?pagination[pageSize]=1`, { headers: { authorization: `Bearer ${token}` } });
  return ((await response.json()) as Listing).meta.pagination.total;
};

describe(`demo content on ${testDatabase}`, () => {
  let database: ThrowawayDatabase | undefined;
  afterAll(async () => {
    await database?.drop();
  });

  it('is created once and never overwrites an editor’s changes', async () => {
    database = await createThrowawayDatabase(testDatabase);
    const secrets = newSecrets();
    const types = ['articles', 'quotes', 'videos', 'project-calls', 'tags', 'pages'];

    const first = await startStrapi({ database, secrets });
    const before = await Promise.all(types.map((t) => count(first.url, first.readToken, t)));
    await first.stop();

    // An editor renames one article and deletes another, straight in the database.
    const rows = await runSql<{ documentId: string }>(database, 'SELECT document_id AS "documentId" FROM articles GROUP BY document_id ORDER BY MIN(id)');
    const [renamed, deleted] = rows;
    await runSql(database, 'UPDATE articles SET title = ? WHERE document_id = ?', ['Titre choisi par la rédaction', renamed?.documentId]);
    await runSql(database, 'DELETE FROM articles WHERE document_id = ?', [deleted?.documentId]);

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
    } finally {
      await second.stop();
    }
  });
});
