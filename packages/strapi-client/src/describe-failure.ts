/** A short reason for a failed fetch: the system error code (ECONNREFUSED, ENOTFOUND…) when there is one. */
export const describeNetworkFailure = (error: unknown): string => {
  const seen = new Set<unknown>();
  let current: unknown = error;
  // Without a code, the innermost message is the most specific ("bad port" rather than "fetch failed").
  let innermost = error instanceof Error ? error.message : String(error);
  while (typeof current === 'object' && current !== null && !seen.has(current)) {
    seen.add(current);
    const code: unknown = Reflect.get(current, 'code');
    if (typeof code === 'string' && code.length > 0) return code;
    if (current instanceof Error && current.message) innermost = current.message;
    const nested: unknown = Reflect.get(current, 'errors');
    if (Array.isArray(nested) && nested.length > 0) {
      current = nested[0];
      continue;
    }
    current = Reflect.get(current, 'cause');
  }
  return innermost;
};

/** The `error.message` of a Strapi error body (`{ data: null, error: { status, name, message } }`). */
export const strapiErrorMessage = (body: unknown): string | undefined => {
  if (typeof body !== 'object' || body === null) return undefined;
  const error: unknown = Reflect.get(body, 'error');
  if (typeof error !== 'object' || error === null) return undefined;
  const message: unknown = Reflect.get(error, 'message');
  return typeof message === 'string' && message.length > 0 ? message : undefined;
};

/** Origin and path only: no query string, no user:password. */
export const shortUrl = (url: string): string => {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`;
};
