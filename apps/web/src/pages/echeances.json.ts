import type { APIRoute } from 'astro';
import { buildTime } from '../lib/build-time';
import { storedEntries } from '../lib/collections';
import { siteSettings } from '../lib/site';
import { boundariesFile } from '../lib/time-boundaries';

// Every stored entry counts, hidden ones included: a scheduled article's « mise en ligne » is a boundary.
export const GET: APIRoute = async () => {
  const [calls, events, articles, settings] = await Promise.all([
    storedEntries('projectCalls'),
    storedEntries('events'),
    storedEntries('articles'),
    siteSettings(),
  ]);
  const file = boundariesFile(
    {
      calls: calls.map((c) => c.data),
      events: events.map((e) => e.data),
      scheduled: [...articles, ...calls].map((e) => e.data),
      noticeEndsAt: settings.noticeEndsAt,
    },
    buildTime(),
  );
  return new Response(JSON.stringify(file, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
