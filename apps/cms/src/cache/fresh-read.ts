/**
 * Shares one database read among the requests that wait for it, without ever giving a request an
 * answer that was read before the request arrived: a caller joins the read that starts after the
 * one in flight, never the one in flight. Under load that is one version read at a time instead
 * of one per request, and a read sent right after a publish still sees it.
 */
export const freshRead = <T>(read: () => Promise<T>): (() => Promise<T>) => {
  let inFlight: Promise<T> | null = null;
  let queued: Promise<T> | null = null;
  const start = (): Promise<T> => {
    const current = read().finally(() => {
      if (inFlight === current) inFlight = null;
    });
    inFlight = current;
    return current;
  };
  return () => {
    if (!inFlight) return start();
    if (!queued) {
      queued = inFlight
        .catch(() => undefined)
        .then(() => {
          queued = null;
          return start();
        });
    }
    return queued;
  };
};
