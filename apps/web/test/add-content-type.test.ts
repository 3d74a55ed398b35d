import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminJwt,
  buildSite,
  copyRepository,
  createApiToken,
  repoRoot,
  restWrite,
  startPreviewServer,
  startStrapi,
  type PreviewServer,
  type SiteBuild,
  type StrapiServer,
} from '@bluehats/testkit';
import type { createRenderer } from '../src/engine/fast/renderer';
import { storeFileIn } from '../src/engine/astro/astro-internals';

/**
 * What the README's « Ajouter un type de contenu » asks for, done on a copy of the repository: a
 * type's schema and its three one-line files, its French labels, its route.json, and its page (a
 * view and the route that shows it). Nothing else is edited; the registry is generated again, and
 * the CMS, the REST API, the site, the fast rebuild and the preview take the new type.
 */
const newType: Record<string, string> = {
  'apps/cms/src/api/resource/content-types/resource/schema.json': JSON.stringify(
    {
      kind: 'collectionType',
      collectionName: 'resources',
      info: { singularName: 'resource', pluralName: 'resources', displayName: 'Ressource' },
      options: { draftAndPublish: true },
      attributes: {
        title: { type: 'string', required: true, maxLength: 160 },
        slug: { type: 'uid', targetField: 'title', required: true },
        summary: { type: 'text', required: true },
      },
    },
    null,
    2,
  ),
  'apps/cms/src/api/resource/content-types/resource/route.json': JSON.stringify({ section: 'ressources', label: 'Ressources', detailPages: true }),
  'apps/cms/src/api/resource/content-types/resource/labels.ts': `import { contentTypeLabels, slugField, titleField } from '../../../../bootstrap/editor-labels.data';

export default contentTypeLabels<typeof import('./schema.json')>({
  mainField: 'title',
  fields: {
    title: titleField('Guide de publication d’un logiciel libre'),
    slug: slugField('du titre', '/ressources/…/'),
    summary: { label: 'Résumé de la ressource', description: 'Deux phrases qui disent à quoi sert la ressource.' },
  },
});
`,
  'apps/cms/src/api/resource/controllers/resource.ts': "import { factories } from '@strapi/strapi';\n\nexport default factories.createCoreController('api::resource.resource');\n",
  'apps/cms/src/api/resource/routes/resource.ts': "import { factories } from '@strapi/strapi';\n\nexport default factories.createCoreRouter('api::resource.resource');\n",
  'apps/cms/src/api/resource/services/resource.ts': "import { factories } from '@strapi/strapi';\n\nexport default factories.createCoreService('api::resource.resource');\n",
  'apps/web/src/components/views/ResourceView.astro': `---
import type { Resource } from '@bluehats/content-types';

type Props = { entry: Resource };
const { entry } = Astro.props;
---
<div class="fr-container fr-my-6w">
  <h1>{entry.title}</h1>
  <p class="fr-text--lead">{entry.summary}</p>
</div>
`,
  'apps/web/src/pages/ressources/[slug].astro': `---
import type { CollectionEntry } from 'astro:content';
import { collection } from '../../lib/collections';
import { routeProps } from '../../lib/route-props';
import ResourceView from '../../components/views/ResourceView.astro';
import BaseLayout from '../../layouts/BaseLayout.astro';

export const getStaticPaths = async () => (await collection('resources')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));

type Props = { entry: CollectionEntry<'resources'> };
const { data } = (await routeProps(Astro, getStaticPaths)).entry;
---
<BaseLayout title={data.title} description={data.summary}>
  <ResourceView entry={data} />
</BaseLayout>
`,
};

const PREVIEW_SECRET = 'secret-des-apercus-du-nouveau-type';
const resource = { title: 'Guide de publication', slug: 'guide-de-publication', summary: 'Publier le code source d’un service public, pas à pas.' };

describe('a content type added with its schema, labels, route.json and page only', () => {
  let copy: string;
  let cms: StrapiServer;
  let writer: string;
  let documentId: string;
  let site: SiteBuild;
  const folders: string[] = [];
  const web = (): string => path.join(copy, 'apps/web');

  const build = async (config?: string, env: Record<string, string> = {}, outDir?: string): Promise<SiteBuild> => {
    const result = await buildSite({ strapiUrl: cms.url, token: cms.readToken, webDir: web(), env, ...(config ? { config } : {}), ...(outDir ? { outDir } : {}) });
    folders.push(result.outDir, `${result.outDir}-cache`);
    if (result.code !== 0) throw new Error(`astro build a échoué :\n${result.output}`);
    return result;
  };

  beforeAll(async () => {
    copy = copyRepository();
    for (const [file, text] of Object.entries(newType)) {
      mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
      writeFileSync(path.join(copy, file), text);
    }
    const tool = (bin: string, args: string[], cwd: string): string =>
      execFileSync(process.execPath, [path.join(repoRoot, 'node_modules', bin), ...args], { cwd, encoding: 'utf8', stdio: 'pipe' });
    // What `npm run types` and the CMS's server build do.
    tool('tsx/dist/cli.mjs', ['packages/content-types/scripts/generate.ts'], copy);
    tool('typescript/bin/tsc', ['-p', 'tsconfig.json'], path.join(copy, 'apps/cms'));
    cms = await startStrapi({ cmsDir: path.join(copy, 'apps/cms'), env: { PREVIEW_SECRET, PREVIEW_URL: 'http://apercu.bluehats.test' } });
    writer = await createApiToken(cms, 'full-access');
    const created = await restWrite(cms, writer, 'POST', '/api/resources?status=published', resource);
    documentId = String(created.documentId);
    site = await build();
  });
  afterAll(async () => {
    await cms?.destroy();
    for (const dir of folders) rmSync(dir, { recursive: true, force: true });
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it('generates its types, its registry entry and its preview section', () => {
    const generated = readFileSync(path.join(copy, 'packages/content-types/src/generated.ts'), 'utf8');
    expect(generated).toContain('export type Resource = z.infer<typeof ResourceSchema>;');
    expect(generated).toMatch(/resources: \{\n {4}uid: 'api::resource\.resource',[^]*?section: 'ressources'/);
    expect(readFileSync(path.join(copy, 'apps/cms/src/preview/preview-sections.ts'), 'utf8')).toContain("'api::resource.resource': 'ressources'");
  });

  it('is served by the REST API to the read-only token only, and shows its French labels to editors', async () => {
    const read = await fetch(`${cms.url}/api/resources`, { headers: { authorization: `Bearer ${cms.readToken}` } });
    expect(read.status).toBe(200);
    expect(((await read.json()) as { data: Array<{ title: string }> }).data.map((entry) => entry.title)).toEqual([resource.title]);
    expect([401, 403]).toContain((await fetch(`${cms.url}/api/resources`)).status);
    const write = await fetch(`${cms.url}/api/resources`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${cms.readToken}` },
      body: JSON.stringify({ data: { title: 'Intrusion' } }),
    });
    expect([401, 403]).toContain(write.status);
    const configuration = await fetch(`${cms.url}/content-manager/content-types/api::resource.resource/configuration`, {
      headers: { authorization: `Bearer ${await adminJwt(cms)}` },
    });
    const { data } = (await configuration.json()) as { data: { contentType: { metadatas: Record<string, { edit: { label: string } }> } } };
    expect(data.contentType.metadatas.summary?.edit.label).toBe('Résumé de la ressource');
  });

  it('gets its page in the static build, listed in the site map and on the site map page', () => {
    const html = parse(readFileSync(path.join(site.outDir, 'ressources', resource.slug, 'index.html'), 'utf8'));
    expect(html.querySelector('h1')?.text).toBe(resource.title);
    expect(html.querySelector('header.fr-header')).not.toBeNull();
    expect(readFileSync(path.join(site.outDir, 'sitemap-0.xml'), 'utf8')).toMatch(
      new RegExp(`<loc>https://bluehats\\.example\\.gouv\\.fr/ressources/${resource.slug}/</loc><lastmod>`),
    );
    const plan = parse(readFileSync(path.join(site.outDir, 'plan-du-site', 'index.html'), 'utf8'));
    const section = plan.querySelectorAll('main section').find((candidate) => candidate.querySelector('h2')?.text === 'Ressources');
    expect(section?.querySelector(`a[href="/ressources/${resource.slug}/"]`)?.text).toBe(resource.title);
  });

  it('is re-rendered alone by the fast rebuild after an edit', async () => {
    const rendererDir = path.join(web(), '.renderer-test');
    await build('astro.renderer.config.mjs', { CONTENT_SOURCE: 'none', RENDERER_OUT_DIR: rendererDir });
    // The renderer's modules read the CMS's address and the token when imported.
    Object.assign(process.env, { STRAPI_URL: cms.url, STRAPI_TOKEN: cms.readToken });
    const module = (await import(path.join(web(), 'src/engine/fast/renderer.ts'))) as { createRenderer: typeof createRenderer };
    const renderer = await module.createRenderer({ rendererDir, storeFile: storeFileIn(`${site.outDir}-cache`), log: () => undefined });
    try {
      renderer.reload();
      await restWrite(cms, writer, 'PUT', `/api/resources/${documentId}?status=published`, { title: 'Guide de publication, deuxième édition' });
      const out = `${site.outDir}-edited`;
      folders.push(out);
      const result = await renderer.update({ base: site.outDir, outDir: out });
      expect(result).toMatchObject({ kind: 'partial' });
      if (result.kind !== 'partial') return;
      expect(result.renderedFiles).toContain(`ressources/${resource.slug}/index.html`);
      expect(result.renderedFiles.filter((file) => file.startsWith('articles/'))).toEqual([]);
      expect(parse(readFileSync(path.join(out, 'ressources', resource.slug, 'index.html'), 'utf8')).querySelector('h1')?.text).toBe(
        'Guide de publication, deuxième édition',
      );
    } finally {
      await renderer.close();
    }
  });

  it('is previewed from the CMS’s link, draft included', async () => {
    await restWrite(cms, writer, 'PUT', `/api/resources/${documentId}?status=draft`, { title: 'Guide de publication (brouillon)' });
    // A server build imports its packages at run time: it lives inside apps/web, next to node_modules.
    const previewBuild = await build('astro.preview.config.mjs', {}, mkdtempSync(path.join(web(), '.preview-')));
    let preview: PreviewServer | undefined;
    try {
      preview = await startPreviewServer(previewBuild.outDir, { PREVIEW_SECRET, STRAPI_URL: cms.url, STRAPI_TOKEN: cms.readToken }, web());
      const query = new URLSearchParams({ documentId, status: 'draft', locale: '' });
      const linked = await fetch(`${cms.url}/content-manager/preview/url/api::resource.resource?${query}`, {
        headers: { authorization: `Bearer ${await adminJwt(cms)}` },
      });
      expect(linked.status).toBe(200);
      const link = new URL(((await linked.json()) as { data: { url: string } }).data.url);
      expect(link.pathname).toBe(`/apercu/ressources/${documentId}/`);
      const response = await fetch(new URL(`${link.pathname}${link.search}`, preview.url));
      expect(response.status, preview.logs()).toBe(200);
      expect(parse(await response.text()).querySelector('h1')?.text).toBe('Guide de publication (brouillon)');
    } finally {
      await preview?.stop();
    }
  });
});
