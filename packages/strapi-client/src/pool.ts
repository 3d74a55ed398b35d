import pLimit from 'p-limit';

/**
 * Runs `task` over `items` with at most `concurrency` in flight; results keep the input order.
 * The first failure empties the queue: the caller gets it without waiting for pages it will not use.
 */
export const mapWithConcurrency = async <T, R>(items: readonly T[], concurrency: number, task: (item: T) => Promise<R>): Promise<R[]> => {
  const limit = pLimit({ concurrency: Math.max(1, concurrency), rejectOnClear: true });
  return limit.map(items, async (item) => {
    try {
      return await task(item);
    } catch (error) {
      limit.clearQueue();
      throw error;
    }
  });
};
