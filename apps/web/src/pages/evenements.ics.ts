import type { APIRoute } from 'astro';
import { collection } from '../lib/collections';
import { calendarEvent } from '../lib/events';
import { calendar } from '../lib/ical';
import { siteSettings } from '../lib/site';

// The feed a calendar application subscribes to: every published event, past ones included.
export const GET: APIRoute = async ({ site }) => {
  const settings = await siteSettings();
  const base = site ?? new URL('http://localhost');
  const events = [...(await collection('events'))].sort((a, b) => a.data.startsAt.localeCompare(b.data.startsAt));
  return new Response(calendar(`${settings.siteName} : événements`, events.map((e) => calendarEvent(e.data, base))), {
    headers: { 'content-type': 'text/calendar; charset=utf-8' },
  });
};
