import { describe, expect, it } from 'vitest';
import { ArticleSchema, BlocksContentSchema, ProjectCallSchema, contentTypes, type Article } from '../src/index';
import { articleSample, projectCallSample } from './fixtures';

// zod 4 paths may hold symbols (PropertyKey), which join() cannot print.
const issuePaths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } | undefined }) =>
  (result.error?.issues ?? []).map((issue) => issue.path.map(String).join('.'));

describe('schémas générés', () => {
  it('accepte un article complet, tous les blocs de la zone dynamique compris', () => {
    const result = ArticleSchema.safeParse(articleSample());
    expect(result.error?.issues).toBeUndefined();
    const article: Article | undefined = result.data;
    const kinds = article?.body.map((block) => block.__component);
    expect(kinds).toEqual([
      'blocks.rich-text',
      'blocks.quote',
      'blocks.video',
      'blocks.image',
      'blocks.callout',
      'blocks.highlight',
      'blocks.accordion',
      'blocks.legacy-html',
    ]);
    const quote = article?.body[1];
    expect(quote?.__component === 'blocks.quote' && quote.quote?.portrait?.url).toBe('/uploads/8.jpg');
  });

  it('accepte un appel à projets complet', () => {
    const result = ProjectCallSchema.safeParse(projectCallSample());
    expect(result.error?.issues).toBeUndefined();
    expect(result.data?.resultsArticle?.slug).toBe('bluehats-semester-of-code-resultats');
  });

  it('nomme le champ fautif quand un type est faux', () => {
    const sample = articleSample();
    const video = sample.body[2];
    if (video?.__component !== 'blocks.video' || !video.video) throw new Error('fixture');
    (video.video as Record<string, unknown>).title = 42;
    expect(issuePaths(ArticleSchema.safeParse(sample))).toEqual(['body.2.video.title']);
  });

  it('nomme le champ fautif quand un champ obligatoire manque ou est trop long', () => {
    const sample: Record<string, unknown> = { ...projectCallSample(), summary: undefined, title: 'x'.repeat(161) };
    expect(issuePaths(ProjectCallSchema.safeParse(sample)).sort()).toEqual(['summary', 'title']);
  });

  it('refuse un bloc de zone dynamique inconnu et une valeur hors énumération', () => {
    const sample = articleSample();
    const unknownBlock = { ...sample, body: [{ __component: 'blocks.carousel', id: 1 }] };
    expect(issuePaths(ArticleSchema.safeParse(unknownBlock))).toEqual(['body.0.__component']);
    const badSize = { ...sample, body: [{ __component: 'blocks.highlight', id: 1, text: 'x', size: 'xl' }] };
    expect(issuePaths(ArticleSchema.safeParse(badSize))).toEqual(['body.0.size']);
  });

  it('valide le texte riche en profondeur, listes imbriquées comprises', () => {
    const nested = [
      {
        type: 'list',
        format: 'unordered',
        children: [{ type: 'list', format: 'ordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 1 }] }] }],
      },
    ];
    expect(issuePaths(BlocksContentSchema.safeParse(nested))).toEqual(['0.children.0.children.0.children.0.text']);
  });

  it('déclare la population attendue par le site', () => {
    expect(contentTypes.articles.populate.body.on['blocks.quote']).toEqual({
      populate: { quote: { populate: { portrait: true } } },
    });
    expect(contentTypes.articles.populate.body.on['blocks.video']).toEqual({
      populate: { video: { populate: { poster: true } } },
    });
    expect(contentTypes['site-setting'].kind).toBe('singleType');
    expect(Object.keys(contentTypes).sort()).toEqual([
      'articles',
      'events',
      'navigation',
      'pages',
      'project-calls',
      'quotes',
      'site-setting',
      'tags',
      'videos',
    ]);
  });
});
