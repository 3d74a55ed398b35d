import { rmSync } from 'node:fs';
import { parse } from 'node-html-parser';
// The site shows the summary with French typography: « … : la relecture » with a no-break space.
import { frenchTypography as shown } from '../../web/src/lib/typography';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  asEditViewSends,
  buildCmsWithAdmin,
  buildSite,
  contentManager,
  createApiToken,
  launchChromium,
  logInToAdmin,
  readPage,
  saveEveryEntryUnchanged,
  startStrapi,
  type ContentManager,
  type StrapiServer,
} from '@bluehats/testkit';

type Json = Record<string, unknown>;
type Block = Json & { __component: string; id: number };

const articleUid = 'api::article.article';
const demoTitle = 'Atelier BlueHats : réussir sa première contribution à un logiciel libre';
const demoSlug = 'atelier-premiere-contribution-logiciel-libre';
const messages = {
  video: 'Choisissez la vidéo à afficher.',
  quote: 'Choisissez une citation de la bibliothèque, ou saisissez son texte.',
};

/**
 * Corrections of existing entries, the editors' most common task: relations inside components
 * arrive as deltas and must be read against what is stored. Each relation form Strapi 5 accepts
 * is sent for each rule that reads a relation, through the admin's API and through REST; then an
 * editor corrects a published article in the real admin (Chromium) and finds it on the rebuilt site.
 * One Strapi, with its admin panel, serves the whole file.
 */
describe('saving an existing entry', () => {
  let cms: StrapiServer;
  let manager: ContentManager;
  let writer: string;
  let article: string;
  const others: Record<'video' | 'quote', string> = { video: '', quote: '' };

  const rest = async (method: string, path: string, data?: Json): Promise<{ status: number; body: Json }> => {
    const response = await fetch(`${cms.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${writer}`, 'content-type': 'application/json' },
      body: data ? JSON.stringify({ data }) : undefined,
    });
    return { status: response.status, body: (await response.json()) as Json };
  };

  /** The draft's blocks with the related entry of each, read back from the REST API. */
  const storedBlocks = async (): Promise<Block[]> => {
    const { body } = await rest('GET', `/api/articles/${article}?status=draft&populate[body][populate]=*`);
    return ((body.data as Json).body ?? []) as Block[];
  };
  const related = async (component: 'video' | 'quote'): Promise<string | null> => {
    const block = (await storedBlocks()).find((b) => b.__component === `blocks.${component}`);
    return ((block?.[component] as Json | null)?.documentId as string | undefined) ?? null;
  };

  /** The edit view's body with one relation of one block replaced by `value`, and a new summary. */
  const editedBody = async (component: 'video' | 'quote', value: unknown, extra: Json = {}): Promise<Json> => {
    const sent = asEditViewSends(await manager.read(articleUid, article));
    const body = (sent.body as Block[]).map((block) =>
      block.__component === `blocks.${component}` ? { ...block, [component]: value, ...extra } : block,
    );
    return { ...sent, description: `Résumé corrigé ${Date.now()}.`, body };
  };

  beforeAll(async () => {
    buildCmsWithAdmin();
    cms = await startStrapi({ serveAdmin: true });
    manager = await contentManager(cms);
    writer = await createApiToken(cms, 'full-access');
    const [found] = await manager.list(articleUid, `filters[title][$eq]=${encodeURIComponent(demoTitle)}`);
    article = String(found?.documentId);
    for (const component of ['video', 'quote'] as const) {
      const current = await related(component);
      expect(current, `l’article de démonstration a un bloc ${component}`).toBeTruthy();
      const { body } = await rest('GET', `/api/${component}s?pagination[pageSize]=100`);
      others[component] = String((body.data as Json[]).find((entry) => entry.documentId !== current)?.documentId);
    }
  }, 900_000);
  afterAll(async () => {
    await cms?.destroy();
  });

  it('saves every demo entry opened and saved unchanged through the admin', async () => {
    const saves = await saveEveryEntryUnchanged(cms);
    expect(saves.length).toBeGreaterThan(20);
    expect(saves.filter((save) => save.status !== 200)).toEqual([]);
  });

  describe.each(['video', 'quote'] as const)('the %s block', (component) => {
    it('keeps its relation when the admin sends an unchanged delta, and publishes', async () => {
      const before = await related(component);
      const data = await editedBody(component, { connect: [], disconnect: [] });
      expect(await manager.save(articleUid, article, data)).toEqual({ status: 200, message: '' });
      expect((await manager.publish(articleUid, article, data)).status).toBe(200);
      expect(await related(component)).toBe(before);
    });

    it('connects another entry, with or without a position', async () => {
      const before = await related(component);
      const connect = { connect: [{ documentId: others[component], position: { end: true } }], disconnect: [] };
      expect((await manager.save(articleUid, article, await editedBody(component, connect))).status).toBe(200);
      expect(await related(component)).toBe(others[component]);
      const back = { connect: [{ documentId: before }], disconnect: [{ documentId: others[component] }] };
      expect((await manager.save(articleUid, article, await editedBody(component, back))).status).toBe(200);
      expect(await related(component)).toBe(before);
    });

    it('refuses a disconnect that leaves the block empty, and stores nothing', async () => {
      const before = await related(component);
      const result = await manager.save(articleUid, article, await editedBody(component, { connect: [], disconnect: [{ documentId: before }] }));
      expect(result.status).toBe(400);
      expect(result.message).toContain(messages[component]);
      expect(await related(component)).toBe(before);
    });

    it('reads set: an empty set is refused, a set to another entry is stored', async () => {
      const before = await related(component);
      const empty = await manager.save(articleUid, article, await editedBody(component, { set: [] }));
      expect(empty.status).toBe(400);
      expect(empty.message).toContain(messages[component]);
      expect((await manager.save(articleUid, article, await editedBody(component, { set: [{ documentId: others[component] }] }))).status).toBe(200);
      expect(await related(component)).toBe(others[component]);
      expect((await manager.save(articleUid, article, await editedBody(component, { set: [{ documentId: before }] }))).status).toBe(200);
    });

    it('reads the plain forms a REST client sends (blocks written anew, as the importer does)', async () => {
      const before = await related(component);
      const stored = await storedBlocks();
      /** The stored blocks without their ids, relations by documentId, this block's relation replaced (or left out). */
      const blocks = (value: unknown): Json[] =>
        stored.map(({ id: _id, __component, ...block }) => {
          // Strapi reads a block's fields against its component only once it has seen `__component`: it comes first.
          const copy: Json = { __component, ...Object.fromEntries(Object.entries(block).filter(([, field]) => field !== null)) };
          for (const name of ['video', 'quote']) if (name in copy) copy[name] = (copy[name] as Json).documentId;
          if (__component === `blocks.${component}`) {
            if (value === undefined) delete copy[component];
            else copy[component] = value;
          }
          return copy;
        });
      const put = (value: unknown) => rest('PUT', `/api/articles/${article}?status=draft`, { body: blocks(value) });

      for (const refusedValue of [null, undefined, { connect: [] }]) {
        const refused = await put(refusedValue);
        expect(refused.status, JSON.stringify(refusedValue)).toBe(400);
        expect(JSON.stringify(refused.body)).toContain(messages[component]);
        expect(await related(component)).toBe(before);
      }
      const moved = await put(others[component]);
      expect(moved.status, JSON.stringify(moved.body)).toBe(200);
      expect(await related(component)).toBe(others[component]);
      expect((await put({ connect: [before] })).status).toBe(200);
      expect(await related(component)).toBe(before);
    });

    it('refuses a new block sent with an empty delta', async () => {
      const sent = asEditViewSends(await manager.read(articleUid, article));
      const added = { __component: `blocks.${component}`, [component]: { connect: [], disconnect: [] } };
      const result = await manager.save(articleUid, article, { ...sent, body: [...(sent.body as Block[]), added] });
      expect(result.status).toBe(400);
      expect(result.message).toContain(messages[component]);
    });
  });

  it('accepts a quote block emptied of its library quote when its own text and author are written', async () => {
    const before = await related('quote');
    const data = await editedBody('quote', { connect: [], disconnect: [{ documentId: before }] }, { text: 'Une phrase saisie ici.', authorName: 'Camille Martin' });
    expect((await manager.save(articleUid, article, data)).status).toBe(200);
    expect(await related('quote')).toBeNull();
    const back = await editedBody('quote', { connect: [{ documentId: before }], disconnect: [] }, { text: null, authorName: null });
    expect((await manager.save(articleUid, article, back)).status).toBe(200);
  });

  it('reads a stored cover when only its alternative text is sent: emptying it is refused, removing both is accepted', async () => {
    const { body } = await rest('GET', '/api/articles?status=draft&populate=cover&pagination[pageSize]=100');
    const withCover = (body.data as Json[]).find((entry) => entry.cover);
    expect(withCover, 'un article de démonstration a une image de couverture').toBeTruthy();
    const documentId = String(withCover?.documentId);
    const refused = await rest('PUT', `/api/articles/${documentId}?status=draft`, { coverAlt: '' });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('Décrivez l’image (texte alternatif)');
    const alt = String(withCover?.coverAlt);
    const cover = (withCover?.cover as Json).id;
    expect((await rest('PUT', `/api/articles/${documentId}?status=draft`, { cover: null, coverAlt: '' })).status).toBe(200);
    expect((await rest('PUT', `/api/articles/${documentId}?status=draft`, { cover, coverAlt: alt })).status).toBe(200);
  });

  describe('in the admin (Chromium)', () => {
    let browser: Browser;
    let tab: Page;
    const editUrl = (): string => `${cms.url}/admin/content-manager/collection-types/${articleUid}/${article}`;

    /** Clicks a button of the edit view and returns the status of the content-manager request it sends. */
    const statusOf = async (button: string, method: 'PUT' | 'POST'): Promise<number> => {
      const control = tab.getByRole('button', { name: button, exact: true });
      // The edit view enables its buttons once the form knows it changed; under load that takes a moment.
      await expect.poll(() => control.isEnabled(), { timeout: 60_000 }).toBe(true);
      const [response] = await Promise.all([
        tab.waitForResponse((r) => r.url().includes(`/content-manager/collection-types/${articleUid}/${article}`) && r.request().method() === method, { timeout: 90_000 }),
        control.click({ timeout: 60_000 }),
      ]);
      return response.status();
    };

    beforeAll(async () => {
      browser = await launchChromium(chromium);
      tab = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      await logInToAdmin(tab, cms, cms.admin);
    }, 120_000);
    afterAll(async () => {
      await browser?.close();
    });

    it('saves and publishes a new summary, which the rebuilt site shows with the video and the quote', async () => {
      await tab.goto(editUrl());
      await tab.locator('textarea[name="description"]').waitFor({ timeout: 60_000 });
      const summary = `Résumé corrigé dans l’administration le ${new Date().toISOString()} : la relecture en trois étapes.`;
      const description = tab.locator('textarea[name="description"]');
      // As below: a late refetch of the document may reset the form, so type again until it holds.
      await expect
        .poll(
          async () => {
            if ((await description.inputValue()) === summary && (await tab.getByRole('button', { name: 'Enregistrer', exact: true }).isEnabled())) return true;
            await description.fill(summary);
            return false;
          },
          { timeout: 120_000, interval: 3_000 },
        )
        .toBe(true);
      expect(await statusOf('Enregistrer', 'PUT')).toBe(200);
      expect(await statusOf('Publier', 'POST')).toBe(200);

      const site = await buildSite({ strapiUrl: cms.url, token: cms.readToken });
      try {
        const progress = /^\d\d:\d\d:\d\d\s+(▶|├─|└─|\[vite\]|\s)/;
        expect(site.code, site.output.split('\n').filter((line) => !progress.test(line)).join('\n').slice(-4000)).toBe(0);
        const page = parse(readPage(site.outDir, `/articles/${demoSlug}/`));
        expect(page.querySelector('.fr-text--lead')?.text.trim()).toBe(shown(summary));
        expect(page.querySelector('figure.fr-quote blockquote')).not.toBeNull();
        expect(page.querySelector('figure.fr-content-media iframe')?.getAttribute('title')).toBeTruthy();
      } finally {
        rmSync(site.outDir, { recursive: true, force: true });
      }
    }, 480_000);

    it('refuses to save the article once its video is removed from the block, in French, and keeps the stored video', async () => {
      const save = tab.getByRole('button', { name: 'Enregistrer', exact: true });
      const states: string[] = [];
      // Opens the article, removes the block's video through the relation's « Supprimer », and tells
      // whether the form took the change. Under load a removal made while the edit view still loads
      // the related entries can leave the form unchanged: the page is then opened again.
      // Under load the edit view can be re-rendering when asked: a missing button counts as « not yet ».
      const saveEnabled = (): Promise<boolean> => save.isEnabled({ timeout: 2_000 }).catch(() => false);
      const removeVideo = async (): Promise<boolean> => {
        await tab.goto(editUrl());
        await tab.locator('textarea[name="description"]').waitFor({ timeout: 60_000 });
        await tab.getByRole('button', { name: 'Vidéo', exact: true }).click();
        const combobox = tab.locator('input[name$=".video"]');
        await combobox.waitFor({ state: 'visible', timeout: 60_000 });
        // The related video is listed under the relation's combobox, with its own « Supprimer » button.
        const relation = combobox.locator('xpath=ancestor::div[.//ol][1]');
        await expect.poll(() => relation.locator('ol li').count(), { timeout: 60_000 }).toBe(1);
        await tab.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => undefined);
        await relation.locator('ol').getByRole('button', { name: 'Supprimer' }).first().click({ timeout: 30_000 });
        for (let waited = 0; waited < 30_000; waited += 1_000) {
          if ((await relation.locator('ol li').count()) === 0 && (await saveEnabled())) return true;
          await tab.waitForTimeout(1_000);
        }
        states.push(`liste : ${await relation.locator('ol li').count()} vidéo(s), « Enregistrer » ${(await saveEnabled()) ? 'actif' : 'inactif'}`);
        return false;
      };
      let removed = false;
      for (let attempt = 0; attempt < 3 && !removed; attempt += 1) {
        removed = await removeVideo().catch((error: unknown) => {
          states.push(error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error));
          return false;
        });
      }
      expect(removed, states.join(' ; ')).toBe(true);
      expect(await statusOf('Enregistrer', 'PUT')).toBe(400);
      await expect.poll(() => tab.getByText('Choisissez la vidéo à afficher.').count()).toBeGreaterThan(0);

      const stored = await manager.read(articleUid, article);
      const block = (stored.body as Array<Record<string, unknown>>).find((b) => b.__component === 'blocks.video');
      expect(block?.video).toEqual({ count: 1 });
    }, 600_000);
  });
});
