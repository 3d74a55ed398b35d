import type { Core } from '@strapi/strapi';
export async function probe(strapi: Core.Strapi) {
  const data: Record<string, unknown> = { name: 'x', slug: 'x', tags: ['abc'] };
  const doc = await strapi.documents('api::tag.tag').create({ data, status: 'published' });
  const id: string = doc.documentId;
  const typed = await strapi.documents('api::tag.tag').create({ data: { name: 'x', body: [{ __component: 'blocks.quote', quote: 'abc' }] } });
  return [id, typed];
}
