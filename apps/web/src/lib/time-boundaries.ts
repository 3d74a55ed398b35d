import { BOUNDARIES_FILE, type Boundary as RebuildBoundary } from '@bluehats/rebuild-service/boundaries';
import { eventEnd, eventStart, type Timed } from './event-status';
import type { Scheduled } from './visibility';

/** What happens at a boundary: a call opens or closes, an event starts or ends, an entry appears or disappears, the notice banner ends. */
export type BoundaryKind = 'opens' | 'closes' | 'starts' | 'ends' | 'appears' | 'disappears' | 'notice-ends';

/** One instant at which some page's content changes without anyone editing anything. */
export type Boundary = RebuildBoundary<BoundaryKind>;

// echeances.json is public and the rebuild service logs its kinds: both say them in French.
const KIND_WORD: Record<BoundaryKind, string> = {
  opens: 'ouverture',
  closes: 'clôture',
  starts: 'début',
  ends: 'fin',
  appears: 'mise en ligne',
  disappears: 'retrait',
  'notice-ends': 'fin du bandeau',
};

type Call = Scheduled & { opensAt: string; closesAt: string };

/** Everything the build saw that has dates: scheduled entries count even while they are hidden. */
export type DatedContent = {
  calls: readonly Call[];
  events: readonly Timed[];
  scheduled: readonly Scheduled[];
  /** The end of the important-notice banner of the site settings (lib/notice.ts), if it has one. */
  noticeEndsAt?: string | null;
};

const scheduleBoundaries = (entry: Scheduled): Boundary[] => [
  ...(entry.visibleFrom ? [{ at: entry.visibleFrom, what: 'appears' as const }] : []),
  ...(entry.visibleUntil ? [{ at: entry.visibleUntil, what: 'disappears' as const }] : []),
];

/**
 * The instants after `now` at which a page's content changes: a call opens or closes, an event
 * starts or ends, a scheduled entry appears or disappears, the notice banner ends. Sorted, one per instant.
 */
export const upcomingBoundaries = (content: DatedContent, now: Date): Boundary[] => {
  const all: Boundary[] = [
    ...content.calls.flatMap((call) => [
      { at: call.opensAt, what: 'opens' as const },
      { at: call.closesAt, what: 'closes' as const },
    ]),
    ...content.events.flatMap((event) => [
      { at: eventStart(event).toISOString(), what: 'starts' as const },
      { at: eventEnd(event).toISOString(), what: 'ends' as const },
    ]),
    ...content.scheduled.flatMap(scheduleBoundaries),
    ...(content.noticeEndsAt ? [{ at: content.noticeEndsAt, what: 'notice-ends' as const }] : []),
  ];
  const byInstant = new Map<number, Boundary>();
  for (const boundary of all) {
    const t = new Date(boundary.at).getTime();
    if (t > now.getTime() && !byInstant.has(t)) byInstant.set(t, { ...boundary, at: new Date(t).toISOString() });
  }
  return [...byInstant.entries()].sort(([a], [b]) => a - b).map(([, boundary]) => boundary);
};

/**
 * What the build leaves for the rebuild service (BOUNDARIES_FILE, read by its readBoundaries): when
 * it was built and when its output goes stale. Only instants and kinds, no titles, so a scheduled
 * article is not revealed before its time.
 */
export type BoundariesFile = { builtAt: string; next: string | null; boundaries: RebuildBoundary[] };

export const boundariesFile = (content: DatedContent, now: Date): BoundariesFile => {
  const boundaries = upcomingBoundaries(content, now).slice(0, 100);
  return { builtAt: now.toISOString(), next: boundaries[0]?.at ?? null, boundaries: boundaries.map(({ at, what }) => ({ at, what: KIND_WORD[what] })) };
};
