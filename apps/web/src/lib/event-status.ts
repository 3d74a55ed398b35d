import { nextDay, parisDay, parisDayStart } from './dates';
import { fr } from './i18n/ui/fr';

export type EventStatus = 'a-venir' | 'en-cours' | 'passe';

// `key`: the status's name in the interface's dictionaries (lib/i18n/ui/); `label`, its French.
export type EventStatusDisplay = { status: EventStatus; key: 'upcoming' | 'ongoing' | 'past'; label: string; badge?: 'info' | 'success' };

const displays: Record<EventStatus, EventStatusDisplay> = {
  'a-venir': { status: 'a-venir', key: 'upcoming', label: fr.upcoming, badge: 'info' },
  'en-cours': { status: 'en-cours', key: 'ongoing', label: fr.ongoing, badge: 'success' },
  // A grey badge: a past event is not an error, only over.
  passe: { status: 'passe', key: 'past', label: fr.past },
};

/** What the dates of an event are made of; `allDay`: « Horaire non précisé », only its day(s) are known. */
export type Timed = { startsAt: string; endsAt?: string | null; durationMinutes?: number | null; allDay?: boolean | null };

/** The start instant: for a day event, the beginning of its day in Paris, whatever hour startsAt holds. */
export const eventStart = (event: Timed): Date => (event.allDay ? parisDayStart(parisDay(event.startsAt)) : new Date(event.startsAt));

/**
 * The end instant, from endsAt or from the duration (the CMS asks for one of them); a day event
 * ends when its last day does (the day of endsAt, else of startsAt), in Paris.
 */
export const eventEnd = (event: Timed): Date => {
  if (event.allDay) return parisDayStart(nextDay(parisDay(event.endsAt && event.endsAt > event.startsAt ? event.endsAt : event.startsAt)));
  if (event.endsAt) return new Date(event.endsAt);
  return new Date(new Date(event.startsAt).getTime() + (event.durationMinutes ?? 0) * 60_000);
};

/** Never typed by an editor: derived from the start and end at build time. */
export const eventStatus = (event: Timed, now: Date): EventStatusDisplay => {
  const t = now.getTime();
  if (t < eventStart(event).getTime()) return displays['a-venir'];
  if (t < eventEnd(event).getTime()) return displays['en-cours'];
  return displays.passe;
};

/** Length in minutes, whichever way the editor gave the end. */
export const eventMinutes = (event: Timed): number =>
  Math.round((eventEnd(event).getTime() - new Date(event.startsAt).getTime()) / 60_000);
