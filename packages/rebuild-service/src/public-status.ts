import type { RebuilderStatus } from './rebuilder.js';

/** What anyone may read on /status: enough for an editor to see whether the last publish went live. */
export type PublicStatus = {
  state: RebuilderStatus['state'];
  builds: number;
  failures: number;
  last: {
    ok: boolean;
    finishedAt: string;
    ms: number;
    reason: string;
    /** What was finished after the site went live (the search index), and when. */
    followUp?: { what: string; ok: boolean; finishedAt: string; ms: number };
  } | null;
};

const REASON_LENGTH = 160;

/**
 * A failure told in one line, without what would help an attacker more than an editor: the
 * stack, file-system paths (the layout of the server), addresses (the CMS's URL) and anything
 * past the first line (a build log may quote the content it was reading, drafts included).
 */
export const shortReason = (message: string): string => {
  const firstLine = message.split('\n').find((line) => line.trim() !== '') ?? '';
  const redacted = firstLine
    .replace(/[a-z][a-z\d+.-]*:\/\/\S+/gi, '…')
    .replace(/(^|[\s«("'=])(?:[A-Za-z]:)?[\\/][^\s»)"']+/g, '$1…')
    .replace(/\s+/g, ' ')
    .trim();
  return redacted.length > REASON_LENGTH ? `${redacted.slice(0, REASON_LENGTH - 1)}…` : redacted;
};

/**
 * The unauthenticated view of the rebuilder's state. The served folder, the build folders and the
 * reasons of each build (event names with the slug of the entry, possibly a draft's) stay in the
 * full status, given only with the webhook secret, and in the service's log.
 */
export const publicStatus = (status: RebuilderStatus): PublicStatus => ({
  state: status.state,
  builds: status.builds,
  failures: status.failures,
  last: status.last && {
    ok: status.last.ok,
    finishedAt: status.last.finishedAt,
    ms: status.last.ms,
    reason: status.last.ok ? 'site mis à jour' : shortReason(status.last.error),
    ...(status.last.ok && status.last.followUp
      ? { followUp: { what: status.last.followUp.what, ok: status.last.followUp.ok, finishedAt: status.last.followUp.finishedAt, ms: status.last.followUp.ms } }
      : {}),
  },
});
