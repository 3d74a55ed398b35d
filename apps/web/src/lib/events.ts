import type { CollectionEntry } from 'astro:content';
import type { Event as CmsEvent } from '@bluehats/content-types';
import { buildTime } from './build-time';
import { collection } from './collections';
import { eventEnd, eventStart, eventStatus } from './event-status';
import type { CalendarEvent } from './ical';
import { safeHref } from './safe-url';
import { DEFAULT_LOCALE, type Locale } from './i18n/locales';
import { entryPath } from './i18n/sections';
import { ui } from './i18n/ui';
import { fr } from './i18n/ui/fr';

/** An event's page in a language (`/evenements/<slug>/`, `/en/events/<slug>/`). */
export const eventHref = (slug: string, locale: Locale = DEFAULT_LOCALE): string => {
  const path = entryPath('events', locale, slug);
  // The registry's routes say where events are in each language; none there is a route.json to fix, not an address to guess.
  if (path === null) throw new Error(`Les événements n’ont pas de rubrique dans la langue « ${locale} » (route.json).`);
  return path;
};
/** Its calendar file, beside its page: `/evenements/<slug>.ics`, `/en/events/<slug>.ics`. */
export const eventCalendarHref = (slug: string, locale: Locale = DEFAULT_LOCALE): string => `${eventHref(slug, locale).replace(/\/$/, '')}.ics`;
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

/** The event as a calendar entry, in the language of its page: its page, where it happens and how to join or register. */
export const calendarEvent = (event: CmsEvent, site: URL, locale: Locale = DEFAULT_LOCALE): CalendarEvent => {
  const t = ui(locale);
  const page = new URL(eventHref(event.slug, locale), site).href;
  const online = safeHref(event.onlineUrl);
  const registration = safeHref(event.registrationUrl);
  const description = [
    event.summary,
    '',
    `${t.calendarEventPage}${page}`,
    ...(registration ? [`${t.calendarRegistration}${registration}`] : []),
    ...(online ? [`${t.calendarConnection}${online}`] : []),
    event.allDay ? t.calendarNoTime : t.calendarParisTime,
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
