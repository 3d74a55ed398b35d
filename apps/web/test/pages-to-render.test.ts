import { describe, expect, it } from 'vitest';
import { planRender } from '../src/engine/fast/pages-to-render';

const order = Array.from({ length: 30 }, (_, i) => `article-${i + 1}`);
const unchanged = { full: false, added: [], modified: [], deleted: [] };
const modifiedArticle = (id: string) => ({ articles: { ...unchanged, modified: [id] }, tags: { ...unchanged, modified: ['logiciel-libre'] } });

describe('the pages an edit changes (fast rebuild)', () => {
  it('keeps the list pages that do not show an edited article whose date did not move', () => {
    const plan = planRender(modifiedArticle('article-14'), order, order);
    const rendered = [
      'articles/index.html',
      'articles/page/2/index.html',
      'articles/page/3/index.html',
      'articles/article-13/index.html',
      'articles/article-14/index.html',
      'articles/article-15/index.html',
      'articles/article-16/index.html',
      'tags/logiciel-libre/index.html',
      'tags/administration/index.html',
      'videos/page/2/index.html',
      'citations/index.html',
      'appels-a-projets/bsoc/index.html',
      'index.html',
      'plan-du-site/index.html',
      'rss.xml',
    ].filter(plan.needs);
    expect(rendered).toEqual([
      'articles/page/2/index.html',
      'articles/article-13/index.html',
      'articles/article-14/index.html',
      'articles/article-15/index.html',
      'tags/logiciel-libre/index.html',
      'index.html',
      'plan-du-site/index.html',
      'rss.xml',
    ]);
  });

  it('renders every list page, and the old and new neighbours, when an article moves', () => {
    const after = ['article-30', ...order.slice(0, 29)];
    const plan = planRender(modifiedArticle('article-30'), order, after);
    expect(['articles/index.html', 'articles/page/2/index.html', 'articles/page/3/index.html'].every(plan.needs)).toBe(true);
    expect(['articles/article-29/index.html', 'articles/article-1/index.html', 'articles/article-30/index.html'].every(plan.needs)).toBe(true);
    expect(plan.needs('articles/article-10/index.html')).toBe(false);
  });

  it('renders the video pages only when a video changed', () => {
    expect(planRender(modifiedArticle('article-1'), order, order).needs('videos/index.html')).toBe(false);
    expect(planRender({ videos: { ...unchanged, modified: ['v1'] } }, order, order).needs('videos/index.html')).toBe(true);
  });

  it('renders every page of an English list when that type changed in English, and none of them on a French edit', () => {
    const englishList = ['en/articles/index.html', 'en/articles/page/2/index.html', 'en/articles/page/3/index.html'];
    const english = planRender({ 'articles@en': { ...unchanged, modified: ['english-chronicle'] } }, order, order);
    expect(englishList.filter(english.needs)).toEqual(englishList);
    expect(english.needs('en/articles/english-chronicle/index.html')).toBe(true);
    expect(english.needs('en/articles/another-chronicle/index.html')).toBe(false);
    const french = planRender(modifiedArticle('article-14'), order, order);
    expect(englishList.filter(french.needs)).toEqual([]);
    // Another English type's edit leaves the articles' pages too.
    expect(planRender({ 'tags@en': { ...unchanged, modified: ['free-software'] } }, order, order).needs('en/articles/page/2/index.html')).toBe(false);
  });
});
