import { isPublicHost } from './public-address';

/**
 * One link, asked as a browser would follow it: GET (some servers refuse HEAD), redirects followed
 * by hand up to a limit so that each hop is counted, a time limit for the whole, and the body
 * never read. Broken: an error status (4xx, 5xx), no answer in time, or no server at all.
 */

export type LinkOutcome = {
  /** The last HTTP status, null when nothing answered. */
  status: number | null;
  /** Where the redirects led, when they did. */
  finalUrl: string | null;
  redirects: number;
  error: 'délai dépassé' | 'serveur injoignable' | 'trop de redirections' | 'adresse interne, non vérifiée' | null;
  broken: boolean;
};

export type CheckSettings = { timeoutMs: number; maxRedirects: number; userAgent: string; allowPrivate: boolean };

const isRedirect = (status: number): boolean => [301, 302, 303, 307, 308].includes(status);

export const checkUrl = async (url: string, settings: CheckSettings): Promise<LinkOutcome> => {
  const signal = AbortSignal.timeout(settings.timeoutMs);
  let current = url;
  for (let redirects = 0; ; redirects += 1) {
    // Not a broken link: the site may be fine, it is only not ours to ask (public-address.ts).
    if (!settings.allowPrivate && !(await isPublicHost(current))) return { status: null, finalUrl: redirects ? current : null, redirects, error: 'adresse interne, non vérifiée', broken: false };
    let answer: Response;
    try {
      answer = await fetch(current, { method: 'GET', redirect: 'manual', signal, headers: { 'user-agent': settings.userAgent, accept: 'text/html,*/*;q=0.8' } });
    } catch {
      const error = signal.aborted ? 'délai dépassé' : 'serveur injoignable';
      return { status: null, finalUrl: redirects ? current : null, redirects, error, broken: true };
    }
    await answer.body?.cancel().catch(() => undefined);
    const location = answer.headers.get('location');
    if (!isRedirect(answer.status) || !location) {
      return { status: answer.status, finalUrl: redirects ? current : null, redirects, error: null, broken: answer.status >= 400 };
    }
    if (redirects >= settings.maxRedirects) return { status: answer.status, finalUrl: current, redirects, error: 'trop de redirections', broken: true };
    current = new URL(location, current).href;
  }
};
