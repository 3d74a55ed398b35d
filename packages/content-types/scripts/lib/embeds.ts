import { apiName, compareNames } from './naming';
import { isExposed } from './scalar-expression';
import type { Attributes, Model } from './strapi-schema';

/**
 * The other content types whose entries come embedded in this type's entries (its relations, and
 * those of its components and blocks), by REST name: when one of them changes, the embedding
 * entries' own dates do not show it, so the site reads them again.
 */
export const embeddedTypes = (model: Model, uid: string): string[] => {
  const found = new Set<string>();
  const seen = new Set<string>();
  const visit = (attributes: Attributes): void => {
    for (const attribute of Object.values(attributes)) {
      if (!isExposed(attribute)) continue;
      const components =
        attribute.type === 'component' ? [attribute.component] : attribute.type === 'dynamiczone' ? attribute.components : [];
      for (const component of components) {
        if (seen.has(component)) continue;
        seen.add(component);
        visit(model.components.get(component)?.attributes ?? {});
      }
      if (attribute.type !== 'relation' || attribute.target === uid) continue;
      const target = model.contentTypes.get(attribute.target);
      if (target) found.add(apiName(target));
    }
  };
  visit(model.contentTypes.get(uid)?.attributes ?? {});
  return [...found].sort(compareNames);
};
