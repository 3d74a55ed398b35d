import { compareNames } from './naming';
import type { Definition } from './build-definitions';

/** Dependencies first (consts must be declared before use), ties broken by name for stable output. */
export const orderDefinitions = (definitions: ReadonlyMap<string, Definition>): Definition[] => {
  const ordered: Definition[] = [];
  const placed = new Set<string>();
  const pending = [...definitions.values()].sort((a, b) => compareNames(a.name, b.name));
  while (pending.length > 0) {
    const index = pending.findIndex((definition) => definition.deps.every((dep) => placed.has(dep)));
    if (index === -1) {
      throw new Error(`Dépendances circulaires entre : ${pending.map((definition) => definition.name).join(', ')}`);
    }
    const [next] = pending.splice(index, 1);
    if (next === undefined) break;
    ordered.push(next);
    placed.add(next.name);
  }
  return ordered;
};
