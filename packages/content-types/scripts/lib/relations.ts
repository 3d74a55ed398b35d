import type { Attribute } from './strapi-schema';

type RelationAttribute = Extract<Attribute, { type: 'relation' }>;

export const isToMany = (attribute: RelationAttribute): boolean =>
  ['oneToMany', 'manyToMany', 'manyWay'].includes(attribute.relation);

/**
 * How a relation embeds its target. An entry's own relations carry the target's scalar fields
 * only (no nested relations), which is what `populate[field]=true` returns and keeps the graph
 * finite. Relations held by components (blocks.quote → quote, blocks.video → video) point at
 * library items the block renders, so they embed the full target, media included.
 */
export type Embed = 'scalars' | 'full';

export const embedFor = (owner: 'contentType' | 'component'): Embed =>
  owner === 'component' ? 'full' : 'scalars';
