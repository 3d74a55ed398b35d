// Each English event's calendar file, beside its page (/en/events/<slug>.ics), in English: the
// French route (pages/evenements/[slug].ics.ts) writes the French ones.
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Event } from '@bluehats/content-types';
import { calendarEvent } from '../../../lib/events';
import { calendar } from '../../../lib/ical';
import { sectionOf } from '../../../lib/i18n/sections';
import { pagesIn } from '../../../lib/i18n/translated-entries';
import { routeProps } from '../../../lib/route-props';

// The folder's language; getStaticPaths runs apart from the route's code, so it names it again.
const LOCALE = 'en';

export const getStaticPaths = (async () => {
  const section = sectionOf('events', 'en');
  if (!section) return [];
  return (await pagesIn('events', 'en')).map((entry) => ({ params: { section: section.folder, slug: entry.id }, props: { event: entry.data as Event } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ event: Event }> = async (context) => {
  const { event } = await routeProps(context, getStaticPaths);
  return new Response(calendar(event.title, [calendarEvent(event, context.site ?? new URL('http://localhost'), LOCALE)]), {
    headers: { 'content-type': 'text/calendar; charset=utf-8' },
  });
};
