// Shared by the pages and the fast rebuild through the global object: in the renderer they are
// separate copies of this module (the server bundle and the rebuild process), one counter.
const GENERATION = Symbol.for('bluehats.content-generation');
const slots = globalThis as unknown as Record<symbol, number | undefined>;

/** How many times the fast rebuild changed the content in memory; a static build stays at 0. */
export const contentGeneration = (): number => slots[GENERATION] ?? 0;

export const nextContentGeneration = (): void => {
  slots[GENERATION] = contentGeneration() + 1;
};

/**
 * Memoises a computation over the content for as long as the content does not change: once per
 * static build, once per update of the renderer, which outlives many updates.
 */
export const perContentGeneration = <K, V>(compute: (key: K) => V): ((key: K) => V) => {
  let generation = -1;
  const cache = new Map<K, V>();
  return (key) => {
    if (generation !== contentGeneration()) {
      cache.clear();
      generation = contentGeneration();
    }
    if (!cache.has(key)) cache.set(key, compute(key));
    return cache.get(key) as V;
  };
};
