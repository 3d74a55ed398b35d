import type { Populate, PopulateValue } from '../../src/populate';
import { compareNames } from './naming';
import { embedFor, type Embed } from './relations';
import { isExposed } from './scalar-expression';
import type { Attributes, Model } from './strapi-schema';

const nested = (populate: Populate): PopulateValue =>
  Object.keys(populate).length === 0 ? true : { populate };

/**
 * The populate clause matching the generated schemas: every media, component, relation and
 * dynamic-zone block one level down, following relations exactly as far as the schemas embed them.
 */
export const buildPopulate = (model: Model, attributes: Attributes, embed: Embed, trail: readonly string[] = []): Populate => {
  const component = (uid: string): PopulateValue => {
    if (trail.includes(uid)) throw new Error(`Population circulaire : ${[...trail, uid].join(' → ')}`);
    const found = model.components.get(uid);
    if (!found) throw new Error(`Composant inconnu : ${uid}`);
    return nested(buildPopulate(model, found.attributes, embedFor('component'), [...trail, uid]));
  };

  const populate: Record<string, PopulateValue> = {};
  for (const key of Object.keys(attributes).sort(compareNames)) {
    const attribute = attributes[key];
    if (attribute === undefined || !isExposed(attribute)) continue;
    switch (attribute.type) {
      case 'media':
        populate[key] = true;
        break;
      case 'component':
        populate[key] = component(attribute.component);
        break;
      case 'dynamiczone': {
        const on: Record<string, PopulateValue> = {};
        for (const uid of [...attribute.components].sort(compareNames)) on[uid] = component(uid);
        populate[key] = { on };
        break;
      }
      case 'relation': {
        if (embed === 'scalars') {
          populate[key] = true;
          break;
        }
        if (trail.includes(attribute.target)) {
          throw new Error(`Population circulaire : ${[...trail, attribute.target].join(' → ')}`);
        }
        const target = model.contentTypes.get(attribute.target);
        if (!target) throw new Error(`Relation vers ${attribute.target}, qui n'est pas un type de contenu de l'API`);
        populate[key] = nested(buildPopulate(model, target.attributes, embedFor('contentType'), [...trail, attribute.target]));
        break;
      }
      default:
        break;
    }
  }
  return populate;
};
