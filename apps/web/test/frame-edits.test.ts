import { describe, expect, it } from 'vitest';
import { applyFrameEdits, frameEdits, prepareEdits } from '../src/engine/fast/frame-edits';

// A list page as the layout draws it: the tagline in the head (the description of a page without
// one) and in the header; the page's own address and title between them; its cards in <main>.
const listPage = (page: number, tagline: string): string =>
  [
    '<!doctype html><html lang="fr"><head>',
    `<title>Articles, page ${page} sur 40 | BlueHats</title>`,
    `<meta name="description" content="${tagline}">`,
    `<link rel="canonical" href="https://bluehats.example/articles/page/${page}/">`,
    `<meta property="og:title" content="Articles, page ${page} sur 40">`,
    `<meta property="og:description" content="${tagline}">`,
    '</head><body><header>',
    `<p class="fr-header__service-tagline">${tagline}</p>`,
    '</header>',
    `<main id="contenu"><h1>Articles (page ${page} sur 40)</h1><ul><li>Carte ${page * 12}</li></ul></main>`,
    '<footer>Pied de page</footer></body></html>',
  ].join('\n    ');

describe('the frame of a page after a change of the site settings (fast rebuild)', () => {
  it('reads the edits of one list page and makes them in another, its own address and title left between them', () => {
    const edits = frameEdits(listPage(2, 'La communauté du libre'), listPage(2, 'Une devise écrite à l’instant'));
    expect(edits).not.toBeNull();
    expect(applyFrameEdits(Buffer.from(listPage(17, 'La communauté du libre')), prepareEdits(edits ?? []))?.toString()).toBe(listPage(17, 'Une devise écrite à l’instant'));
  });

  it('says so when the change reaches the page’s own content', () => {
    expect(frameEdits(listPage(2, 'La communauté du libre'), listPage(2, 'La communauté du libre').replace('Carte 24', 'Carte 25'))).toBeNull();
  });

  it('finds no edit in a page whose frame does not hold what the edit replaces', () => {
    const edits = frameEdits(listPage(2, 'La communauté du libre'), listPage(2, 'Une devise écrite à l’instant'));
    expect(applyFrameEdits(Buffer.from(listPage(17, 'Une autre devise')), prepareEdits(edits ?? []))).toBeNull();
  });
});
