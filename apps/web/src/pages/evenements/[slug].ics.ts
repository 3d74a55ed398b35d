import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { pageEntries } from '../../lib/collections';
import { calendarEvent } from '../../lib/events';
import { calendar } from '../../lib/ical';
import { routeProps } from '../../lib/route-props';

export const getStaticPaths = (async () =>
  (await pageEntries('events')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'events'> }> = async (context) => {
  const event = (await routeProps(context, getStaticPaths)).entry.data;
  const { site } = context;
  return new Response(calendar(event.title, [calendarEvent(event, site ?? new URL('http://localhost'))]), {
    headers: { 'content-type': 'text/calendar; charset=utf-8' },
  });
};
