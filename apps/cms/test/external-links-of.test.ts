import { describe, expect, it } from 'vitest';
import { externalLinksOf, type Schemas } from '../src/link-check/links-of';

const attributes: Record<string, ReturnType<Schemas['attributesOf']>> = {
  'api::call.call': {
    title: { type: 'string' },
    applicationUrl: { type: 'string' },
    summary: { type: 'blocks' },
    partners: { type: 'component', component: 'shared.partner' },
    body: { type: 'dynamiczone', components: ['blocks.rich-text', 'blocks.callout'] },
  },
  'shared.partner': { name: { type: 'string' }, url: { type: 'string' } },
  'blocks.rich-text': { content: { type: 'blocks' } },
  'blocks.callout': { link: { type: 'component', component: 'shared.link' } },
  'shared.link': { label: { type: 'string' }, url: { type: 'string' } },
};
const labels: Record<string, string> = { applicationUrl: 'Lien pour candidater', summary: 'Résumé', partners: 'Partenaires', body: 'Contenu' };
const schemas: Schemas = { attributesOf: (uid) => attributes[uid] ?? {}, labelOf: (_uid, field) => labels[field] ?? field };

const link = (url: string, text: string) => ({ type: 'link', url, children: [{ type: 'text', text }] });

/** Where links live, read from the schemas: rich text anywhere, and the `url` / `…Url` fields. */
describe('the external links of a document', () => {
  it('finds rich-text links and link fields, in components and blocks, with their text and place; only web addresses', () => {
    const found = externalLinksOf(schemas, 'api::call.call', {
      title: 'https://pas-un-lien.example/ : un titre',
      applicationUrl: 'https://candidater.example/formulaire',
      summary: [{ type: 'paragraph', children: [link('mailto:contact@example.org', 'écrire'), link('/articles/un-article/', 'un article du site')] }],
      partners: [{ name: 'Un partenaire', url: 'https://partenaire.example/' }],
      body: [
        { __component: 'blocks.rich-text', content: [{ type: 'list', children: [{ type: 'list-item', children: [link('http://ancien.example/rapport.pdf', 'le rapport')] }] }] },
        { __component: 'blocks.callout', link: { label: 'S’inscrire', url: 'https://inscription.example/' } },
      ],
    });
    expect(found).toEqual([
      { url: 'https://candidater.example/formulaire', text: 'Lien pour candidater', where: 'Lien pour candidater' },
      { url: 'https://partenaire.example/', text: 'Un partenaire', where: 'Partenaires' },
      { url: 'http://ancien.example/rapport.pdf', text: 'le rapport', where: 'Contenu, bloc 1' },
      { url: 'https://inscription.example/', text: 'S’inscrire', where: 'Contenu, bloc 2' },
    ]);
  });
});
