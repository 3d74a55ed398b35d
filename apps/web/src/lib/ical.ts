/**
 * iCalendar (RFC 5545) files for events: one per event and one feed for all of them. Times are
 * written in Paris local time with their time zone (TZID=Europe/Paris and its VTIMEZONE), so a
 * calendar shows 14:00 for a 14:00 meeting on either side of a daylight-saving change. Local times
 * of the repeated hour in October exist twice: RFC 5545 says to read them as the first occurrence,
 * some parsers (ical.js) take the second, so those are written in UTC, which every reader agrees on.
 *
 * Ours rather than a library's (ics, ical-generator): they write UTC or floating times, or ask for
 * a VTIMEZONE generator besides, and none writes the repeated October hour as above. The writer is
 * the hundred lines below, and test/time-rules.test.ts and test/time-transitions.test.ts hold it to
 * each of these choices (both daylight-saving changes, read back with ical.js).
 */

export type CalendarEvent = {
  uid: string;
  url: string;
  title: string;
  description: string;
  start: Date;
  end: Date;
  location?: string | null;
  /** Last change, in UTC: DTSTAMP and LAST-MODIFIED, stable from one build to the next. */
  updatedAt: string;
  /** Only the day is known: start and end are Paris midnights, written as dates (an all-day event). */
  allDay?: boolean;
};

const TZID = 'Europe/Paris';

// The European Union's rule since 1996: last Sunday of March 02:00 → 03:00, last Sunday of October 03:00 → 02:00.
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TZID}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19810329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19961027T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

const wallFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: TZID,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** Paris wall-clock time of an instant, as YYYYMMDDTHHMMSS. */
const parisWall = (instant: Date): string => {
  const p = Object.fromEntries(wallFormat.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${p.year}${p.month}${p.day}T${p.hour}${p.minute}${p.second}`;
};

const utcStamp = (instant: Date): string => instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

const HOUR = 3_600_000;

/** DTSTART/DTEND: local time with TZID, unless that local time also names another instant. */
const dateProperty = (name: string, instant: Date): string => {
  const wall = parisWall(instant);
  const ambiguous = [-HOUR, HOUR].some((shift) => parisWall(new Date(instant.getTime() + shift)) === wall);
  return ambiguous ? `${name}:${utcStamp(instant)}` : `${name};TZID=${TZID}:${wall}`;
};

/** DTSTART/DTEND of an all-day event: the Paris day of a Paris midnight, as a DATE (RFC 5545, 3.6.1; the end is exclusive). */
const dayProperty = (name: string, midnight: Date): string => `${name};VALUE=DATE:${parisWall(midnight).slice(0, 8)}`;

/**
 * TEXT values: backslash, semicolon, comma and line breaks escaped (RFC 5545, 3.3.11). Every line
 * break counts, a lone CR too (a reader would start a new property there: `LOCATION:Paris\rATTACH:…`),
 * and the other control characters, which TEXT may not hold, are dropped.
 */
export const escapeText = (value: string): string =>
  value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, '\\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '');

/** Lines of at most 75 octets, continued after CRLF and a space, never splitting a UTF-8 character. */
export const foldLine = (line: string): string => {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
};

const eventLines = (event: CalendarEvent): string[] => [
  'BEGIN:VEVENT',
  `UID:${event.uid}`,
  `DTSTAMP:${utcStamp(new Date(event.updatedAt))}`,
  `LAST-MODIFIED:${utcStamp(new Date(event.updatedAt))}`,
  ...(event.allDay
    ? [dayProperty('DTSTART', event.start), dayProperty('DTEND', event.end)]
    : [dateProperty('DTSTART', event.start), dateProperty('DTEND', event.end)]),
  `SUMMARY:${escapeText(event.title)}`,
  `DESCRIPTION:${escapeText(event.description)}`,
  ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
  `URL:${event.url}`,
  'STATUS:CONFIRMED',
  'TRANSP:OPAQUE',
  'END:VEVENT',
];

/** A whole VCALENDAR, CRLF-terminated, ready to be served as text/calendar. */
export const calendar = (name: string, events: readonly CalendarEvent[]): string =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//DINUM//Site BlueHats//FR',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    `X-WR-TIMEZONE:${TZID}`,
    ...VTIMEZONE,
    ...events.flatMap(eventLines),
    'END:VCALENDAR',
  ]
    .map(foldLine)
    .join('\r\n') + '\r\n';
