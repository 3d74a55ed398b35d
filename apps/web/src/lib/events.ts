import type { CollectionEntry } from 'astro:content';
import type { Event as CmsEvent } from '@bluehats/content-types';
import { buildTime } from './build-time';
import { collection } from './collections';
import { eventEnd, eventStart, eventStatus } from './event-status';
import type { CalendarEvent } from './ical';
import { safeHref } from './safe-url';
import { fr } from './i18n/ui/fr';

export const eventHref = (slug: string): string => `/evenements/${slug}/`;
export const eventCalendarHref = (slug: string): string => `/evenements/${slug}.ics`;
export const EVENTS_FEED = '/evenements.ics';

/** Each kind's name in the interface's dictionaries (lib/i18n/ui/). */
export const kindKeys = { webinaire: 'webinar', rencontre: 'meetup', atelier: 'workshop' } as const satisfies Record<CmsEvent['kind'], string>;

/** Each kind's French name, for the French pages' lists. */
export const kindLabels: Record<CmsEvent['kind'], string> = { webinaire: fr.webinar, rencontre: fr.meetup, atelier: fr.workshop };

type EventEntry = CollectionEntry<'events'>;

/** Events still to come or under way, soonest first; past events, latest first. */
export const eventsByTime = async (): Promise<{ upcoming: EventEntry[]; past: EventEntry[] }> => {
  const now = buildTime();
  const all = [...(await collection('events'))];
  const byStart = (a: EventEntry, b: EventEntry): number => a.data.startsAt.localeCompare(b.data.startsAt) || a.id.localeCompare(b.id);
  return {
    upcoming: all.filter((e) => eventStatus(e.data, now).status !== 'passe').sort(byStart),
    past: all.filter((e) => eventStatus(e.data, now).status === 'passe').sort((a, b) => byStart(b, a)),
  };
};

/** The event as a calendar entry: its page, where it happens and how to join or register. */
export const calendarEvent = (event: CmsEvent, site: URL): CalendarEvent => {
  const page = new URL(eventHref(event.slug), site).href;
  const online = safeHref(event.onlineUrl);
  const registration = safeHref(event.registrationUrl);
  const description = [
    event.summary,
    '',
    `Page de l’événement : ${page}`,
    ...(registration ? [`Inscription : ${registration}`] : []),
    ...(online ? [`Connexion : ${online}`] : []),
    event.allDay ? 'Horaire non précisé.' : 'Horaires en heure de Paris.',
  ].join('\n');
  return {
    uid: `${event.documentId}@${site.hostname}`,
    url: page,
    title: event.title,
    description,
    start: eventStart(event),
    end: eventEnd(event),
    allDay: event.allDay === true,
    location: event.place || online || null,
    updatedAt: event.updatedAt,
  };
};
