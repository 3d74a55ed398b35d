/**
 * The benchmark's publications: one of each kind an editor makes (new article, correction,
 * unpublish, delete, slug change, tag change, site settings change, menu change), each rebuilt by the fast
 * renderer from the previous one's output, as the rebuild service does. For each: the seconds from
 * « Publier » to the pages written (the service's wait for a burst included), what was rendered, and
 * the seconds until the search index agrees (it is written once the pages are served).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { contentTypes } from '@bluehats/content-types';
import { adminSessions, restWrite, searchFragments, type StrapiServer } from '@bluehats/testkit';
import type { Renderer } from 'web/engine';

export type PublicationRun = {
  kind: string;
  /** « Publier » → pages written, the wait for a burst included. */
  seconds: number;
  /** « Publier » → the search index agrees with the pages. */
  indexSeconds: number;
  pagesRendered: number;
  /** Of the pages rendered, those put in their new frame only (engine/fast/frame.ts). */
  pagesFramed: number;
  filesKept: number;
  phases: { sync: number; plan: number; render: number; copy: number; index: number };
};

type Article = { documentId: string; slug: string; title: string };
type Tag = { documentId: string; slug: string; name: string };

const seconds = (from: bigint): number => Number(process.hrtime.bigint() - from) / 1e9;

export const measurePublications = async (options: {
  cms: StrapiServer;
  writer: string;
  renderer: Renderer;
  /** The full build's output: the first publication starts from it. */
  base: string;
  debounceSeconds: number;
  articles: Article[];
  tags: Tag[];
}): Promise<PublicationRun[]> => {
  const { cms, writer, renderer } = options;
  const [corrected, unpublished, deleted, renamed] = options.articles;
  const [tag] = options.tags;
  if (!corrected || !unpublished || !deleted || !renamed || !tag) throw new Error('Corpus trop petit pour les publications du banc.');
  const admin = await adminSessions(cms, { admin: cms.admin });
  const fragments = (dir: string) => searchFragments(dir);
  const listed = (dir: string, url: string): boolean => fragments(dir).some((fragment) => fragment.url === url);
  const found = (dir: string, text: string): boolean => fragments(dir).some((fragment) => fragment.text.includes(text));
  // The corrected article keeps its address: the settings and the menu change it through its frame only.
  const far = path.join('articles', corrected.slug, 'index.html');
  const farShows = (dir: string, text: string): boolean => readFileSync(path.join(dir, far), 'utf8').includes(text);
  const menu = await (await fetch(`${cms.url}/api/navigation?populate[mainMenu]=true`, { headers: { authorization: `Bearer ${cms.readToken}` } })).json() as { data: { mainMenu: Array<{ label: string; url: string }> } };

  // What each kind changes in the CMS, and how to tell, from the output, that the pages and the index agree with it.
  const kinds: Array<{ kind: string; edit: () => Promise<unknown>; live: (dir: string) => boolean; indexed: (dir: string) => boolean }> = [
    {
      kind: 'nouvel article',
      edit: () =>
        restWrite(cms, writer, 'POST', '/api/articles?status=published', {
          title: 'Article du banc publié à l’instant',
          slug: 'article-du-banc',
          description: 'Un article neuf pour mesurer sa mise en ligne.',
          date: '2026-01-15',
          tags: [tag.documentId],
          body: [{ __component: 'blocks.rich-text', content: [{ type: 'paragraph', children: [{ type: 'text', text: 'Texte neuf.' }] }] }],
        }),
      live: (dir) => existsSync(path.join(dir, 'articles/article-du-banc/index.html')),
      indexed: (dir) => listed(dir, '/articles/article-du-banc/'),
    },
    {
      kind: 'correction',
      edit: () => restWrite(cms, writer, 'PUT', `/api/articles/${corrected.documentId}?status=published`, { title: 'Titre corrigé pour le banc' }),
      live: (dir) => readFileSync(path.join(dir, `articles/${corrected.slug}/index.html`), 'utf8').includes('Titre corrigé pour le banc'),
      indexed: (dir) => found(dir, 'Titre corrigé pour le banc'),
    },
    {
      kind: 'dépublication',
      edit: async () => {
        const reply = await admin.call('admin', 'POST', `/content-manager/collection-types/${contentTypes.articles.uid}/${unpublished.documentId}/actions/unpublish`, {});
        if (reply.status !== 200) throw new Error(`Dépublication refusée : ${reply.status}`);
      },
      live: (dir) => !existsSync(path.join(dir, `articles/${unpublished.slug}/index.html`)),
      indexed: (dir) => !listed(dir, `/articles/${unpublished.slug}/`),
    },
    {
      kind: 'suppression',
      edit: () => restWrite(cms, writer, 'DELETE', `/api/articles/${deleted.documentId}`),
      live: (dir) => !existsSync(path.join(dir, `articles/${deleted.slug}/index.html`)),
      indexed: (dir) => !listed(dir, `/articles/${deleted.slug}/`),
    },
    {
      kind: 'changement d’adresse',
      edit: () => restWrite(cms, writer, 'PUT', `/api/articles/${renamed.documentId}?status=published`, { slug: `${renamed.slug}-renomme` }),
      live: (dir) => existsSync(path.join(dir, `articles/${renamed.slug}-renomme/index.html`)) && !existsSync(path.join(dir, `articles/${renamed.slug}/index.html`)),
      indexed: (dir) => listed(dir, `/articles/${renamed.slug}-renomme/`) && !listed(dir, `/articles/${renamed.slug}/`),
    },
    {
      kind: 'étiquette modifiée',
      edit: () => restWrite(cms, writer, 'PUT', `/api/tags/${tag.documentId}`, { name: `${tag.name} (renommée)` }),
      live: (dir) => existsSync(path.join(dir, `tags/${tag.slug}/index.html`)),
      indexed: (dir) => found(dir, `${tag.name} (renommée)`),
    },
    {
      kind: 'réglages du site',
      edit: () => restWrite(cms, writer, 'PUT', '/api/site-setting', { tagline: 'Devise modifiée pour le banc' }),
      live: (dir) => farShows(dir, 'Devise modifiée pour le banc'),
      indexed: () => true,
    },
    {
      kind: 'menu modifié',
      edit: () => restWrite(cms, writer, 'PUT', '/api/navigation', { mainMenu: [...menu.data.mainMenu.map(({ label, url }) => ({ label, url })), { label: 'Thèmes', url: '/tags/' }] }),
      live: (dir) => farShows(dir, '<a class="fr-nav__link" href="/tags/">'),
      indexed: () => true,
    },
  ];

  const runs: PublicationRun[] = [];
  let base = options.base;
  for (const [i, { kind, edit, live, indexed }] of kinds.entries()) {
    await edit();
    const outDir = `${options.base}-publication-${i + 1}`;
    const start = process.hrtime.bigint();
    const update = await renderer.update({ base, outDir });
    const updateSeconds = seconds(start);
    if (update.kind !== 'partial') throw new Error(`${kind} : le rendu rapide a renvoyé à une construction complète (${update.reason}).`);
    const indexStart = process.hrtime.bigint();
    await update.reindex();
    const index = seconds(indexStart);
    if (!live(outDir)) throw new Error(`${kind} : les pages écrites ne montrent pas la modification.`);
    if (!indexed(outDir)) throw new Error(`${kind} : l’index de recherche ne suit pas la modification.`);
    runs.push({
      kind,
      seconds: options.debounceSeconds + updateSeconds,
      indexSeconds: options.debounceSeconds + updateSeconds + index,
      pagesRendered: update.rendered,
      pagesFramed: update.framed,
      filesKept: update.kept,
      phases: { ...update.seconds, index },
    });
    base = outDir;
  }
  return runs;
};
