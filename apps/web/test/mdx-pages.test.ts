import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, readPage, type SiteBuild } from '@bluehats/testkit';
import { callWithProject, componentsMdx, twinsContent } from './fixtures/block-twins';

// Whitespace between tags is the only difference MDX may make: its compiler lays the markup out.
const normalised = (element: HTMLElement | null | undefined): string =>
  (element?.outerHTML ?? '').replace(/>\s+</g, '><').replace(/\s+/g, ' ').trim();

/** A build from a snapshot, no Strapi: the CMS's blocks still go through the real collection schemas. */
const build = (work: string, name: string, mdx: Record<string, string>): Promise<SiteBuild> => {
  const pagesDir = path.join(work, `${name}-mdx`);
  mkdirSync(pagesDir, { recursive: true });
  for (const [file, text] of Object.entries(mdx)) writeFileSync(path.join(pagesDir, file), text);
  return buildSite({
    strapiUrl: 'http://127.0.0.1:9',
    token: '',
    outDir: path.join(work, name),
    env: { CONTENT_SNAPSHOT: path.join(work, 'contenu.json'), MDX_PAGES_DIR: pagesDir, BUILD_NOW: '2026-06-01T10:00:00.000Z' },
  });
};

describe('MDX pages', () => {
  let work: string;
  let site: SiteBuild;

  beforeAll(async () => {
    work = mkdtempSync(path.join(os.tmpdir(), 'bluehats-mdx-'));
    writeFileSync(path.join(work, 'contenu.json'), JSON.stringify(twinsContent));
    site = await build(work, 'site', { 'composants.mdx': componentsMdx });
    if (site.code !== 0) throw new Error(site.output);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const twins = () => ({
    cms: parse(readPage(site.outDir, '/pages/blocs/')).querySelector('article'),
    mdx: parse(readPage(site.outDir, '/pages/composants/')).querySelector('article'),
  });

  it.each(['figure.fr-quote', 'figure.fr-content-media', '.fr-transcription', '.fr-callout', '.fr-highlight', '.fr-accordions-group', '.fr-table'])(
    '%s: the MDX component writes the markup of the CMS block',
    (selector) => {
      const { cms, mdx } = twins();
      const expected = normalised(cms?.querySelector(selector));
      expect(expected, `${selector} absent de la page du CMS`).not.toBe('');
      expect(normalised(mdx?.querySelector(selector))).toBe(expected);
    },
  );

  it('the accordion keeps its heading, as the CMS block does', () => {
    const { cms, mdx } = twins();
    expect(normalised(mdx?.querySelector('.fr-accordions-group')?.previousElementSibling)).toBe(normalised(cms?.querySelector('.fr-accordions-group')?.previousElementSibling));
  });

  it('.fr-card: the MDX card is the card of a project proposed in the CMS', () => {
    const call = parse(readPage(site.outDir, `/appels-a-projets/${callWithProject.slug}/`));
    const expected = normalised(call.querySelector('section .fr-card'));
    expect(expected).toContain('Projet Exemple');
    expect(normalised(twins().mdx?.querySelector('.fr-card'))).toBe(expected);
  });

  it('lists MDX pages with the CMS ones, at the same address', () => {
    const plan = readPage(site.outDir, '/plan-du-site/');
    expect(plan).toContain('href="/pages/composants/"');
    expect(plan).toContain('href="/pages/blocs/"');
    // The page's own stylesheets (callout, highlight, table) come with the components.
    const styles = parse(readPage(site.outDir, '/pages/composants/')).querySelectorAll('link[rel="stylesheet"]').map((link) => link.getAttribute('href'));
    expect(styles.length).toBeGreaterThan(1);
  });

  it('fails the build, naming both, when a slug is both in the CMS and in the repository', async () => {
    const clash = await build(work, 'doublon', { 'blocs.mdx': '---\ntitle: Doublon\ndescription: Le même slug qu’une page du CMS.\n---\n\nTexte.\n' });
    expect(clash.code).not.toBe(0);
    expect(clash.output).toContain('La page « blocs » existe deux fois');
    expect(clash.output).toContain('blocs.mdx');
  }, 120_000);
});
