import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { displayClock, displayDay, displayDayOf, displayDuration, displayInstant, displayWeekday, parisDayStart } from '../src/lib/dates';
import { eventEnd, eventStart, eventStatus } from '../src/lib/event-status';
import { calendar, escapeText, foldLine } from '../src/lib/ical';
import { projectCallStatus } from '../src/lib/project-call-status';
import { activeNotice } from '../src/lib/notice';
import { upcomingBoundaries } from '../src/lib/time-boundaries';
import { isVisible } from '../src/lib/visibility';

const ms = (iso: string, delta = 0): Date => new Date(new Date(iso).getTime() + delta);

describe('statuses derived from dates, on both sides of each boundary', () => {
  const call = { opensAt: '2026-03-12T08:00:00.000Z', closesAt: '2026-04-30T21:59:00.000Z' };

  it('a call is to come until it opens, open until it closes, then closed', () => {
    expect(projectCallStatus(call, ms(call.opensAt, -1)).status).toBe('a-venir');
    expect(projectCallStatus(call, ms(call.opensAt)).status).toBe('ouvert');
    expect(projectCallStatus(call, ms(call.closesAt, -1)).status).toBe('ouvert');
    expect(projectCallStatus(call, ms(call.closesAt)).status).toBe('clos');
  });

  it('an event is to come, then under way from its start, then past from its end, given by end or by duration', () => {
    const byEnd = { startsAt: '2026-06-02T12:00:00.000Z', endsAt: '2026-06-02T13:30:00.000Z' };
    const byDuration = { startsAt: byEnd.startsAt, durationMinutes: 90 };
    for (const event of [byEnd, byDuration]) {
      expect(eventStatus(event, ms(event.startsAt, -1)).label).toBe('À venir');
      expect(eventStatus(event, ms(event.startsAt)).label).toBe('En cours');
      expect(eventStatus(event, ms(byEnd.endsAt, -1)).label).toBe('En cours');
      expect(eventStatus(event, ms(byEnd.endsAt)).label).toBe('Passé');
    }
  });

  it('a day event (« horaire non précisé ») is to come until its day begins in Paris, under way that day, then past, across a daylight-saving change', () => {
    expect(parisDayStart('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(parisDayStart('2026-03-30').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(parisDayStart('2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    // The hour the editor left in the start does not count: the day does.
    const day = { startsAt: '2026-03-29T09:30:00.000Z', allDay: true, endsAt: null };
    expect(eventStart(day).toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(eventEnd(day).toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(eventStatus(day, ms('2026-03-28T23:00:00.000Z', -1)).status).toBe('a-venir');
    expect(eventStatus(day, ms('2026-03-28T23:00:00.000Z')).status).toBe('en-cours');
    expect(eventStatus(day, ms('2026-03-29T22:00:00.000Z', -1)).status).toBe('en-cours');
    expect(eventStatus(day, ms('2026-03-29T22:00:00.000Z')).status).toBe('passe');
    // Over several days: the end names the last one.
    expect(eventEnd({ ...day, endsAt: '2026-03-31T08:00:00.000Z' }).toISOString()).toBe('2026-03-31T22:00:00.000Z');
    expect(upcomingBoundaries({ calls: [], events: [day], scheduled: [] }, new Date('2026-03-01T00:00:00.000Z'))).toEqual([
      { at: '2026-03-28T23:00:00.000Z', what: 'starts' },
      { at: '2026-03-29T22:00:00.000Z', what: 'ends' },
    ]);
  });

  it('a scheduled entry is visible from « visible à partir du » included to « visible jusqu’au » excluded', () => {
    const entry = { visibleFrom: '2026-05-04T07:00:00.000Z', visibleUntil: '2026-05-11T07:00:00.000Z' };
    expect(isVisible(entry, ms(entry.visibleFrom, -1))).toBe(false);
    expect(isVisible(entry, ms(entry.visibleFrom))).toBe(true);
    expect(isVisible(entry, ms(entry.visibleUntil, -1))).toBe(true);
    expect(isVisible(entry, ms(entry.visibleUntil))).toBe(false);
    expect(isVisible({ visibleFrom: null, visibleUntil: null }, new Date(0))).toBe(true);
  });
});

describe('the next boundaries a build announces', () => {
  it('are every future opening, closing, start, end and scheduled change, sorted, one per instant', () => {
    const now = new Date('2026-03-01T00:00:00.000Z');
    const boundaries = upcomingBoundaries(
      {
        calls: [{ opensAt: '2026-02-01T08:00:00.000Z', closesAt: '2026-03-20T22:59:00.000Z' }],
        events: [{ startsAt: '2026-03-10T13:00:00.000Z', durationMinutes: 60 }],
        scheduled: [{ visibleFrom: '2026-03-10T13:00:00.000Z', visibleUntil: null }, { visibleFrom: '2026-02-10T08:00:00.000Z' }],
      },
      now,
    );
    expect(boundaries).toEqual([
      { at: '2026-03-10T13:00:00.000Z', what: 'starts' },
      { at: '2026-03-10T14:00:00.000Z', what: 'ends' },
      { at: '2026-03-20T22:59:00.000Z', what: 'closes' },
    ]);
  });

  it('include the end of the important-notice banner, which the pages stop showing at that instant', () => {
    const now = new Date('2026-03-01T00:00:00.000Z');
    const endsAt = '2026-03-15T23:00:00.000Z';
    expect(upcomingBoundaries({ calls: [], events: [], scheduled: [], noticeEndsAt: endsAt }, now)).toEqual([{ at: endsAt, what: 'notice-ends' }]);
    const settings = { noticeText: ' Les candidatures sont prolongées. ', noticeLink: { id: 1, label: 'En savoir plus', url: '/articles/x/' }, noticeEndsAt: endsAt };
    expect(activeNotice(settings, now)).toEqual({ text: 'Les candidatures sont prolongées.', link: { label: 'En savoir plus', url: '/articles/x/' } });
    expect(activeNotice(settings, new Date(new Date(endsAt).getTime() - 1))).not.toBeNull();
    expect(activeNotice(settings, new Date(endsAt))).toBeNull();
    expect(activeNotice({ ...settings, noticeEndsAt: null }, new Date('2030-01-01T00:00:00.000Z'))).not.toBeNull();
    expect(activeNotice({ ...settings, noticeText: '  ' }, now)).toBeNull();
  });
});

describe('dates for readers, in French and Paris time', () => {
  it('shows instants in Paris time across both changes of time, and the Paris calendar day', () => {
    expect(displayInstant('2026-03-29T00:59:59.000Z').label).toBe('29 mars 2026 à 1 h 59');
    expect(displayInstant('2026-03-29T01:00:00.000Z').label).toBe('29 mars 2026 à 3 h');
    expect(displayInstant('2026-10-25T00:59:59.000Z').label).toBe('25 octobre 2026 à 2 h 59');
    expect(displayInstant('2026-10-25T01:00:00.000Z').label).toBe('25 octobre 2026 à 2 h');
    // 23:30 UTC on 31 March is already 1 April in Paris.
    expect(displayDayOf('2026-03-31T22:30:00.000Z')).toEqual({ datetime: '2026-04-01', label: '1er avril 2026' });
  });

  it('writes the first of the month « 1er » and times « 14 h » or « 14 h 30 », the machine-readable values unchanged', () => {
    expect(displayDay('2027-03-01')).toEqual({ datetime: '2027-03-01', label: '1er mars 2027' });
    expect(displayDay('2027-03-11').label).toBe('11 mars 2027');
    expect(displayDay('2027-03-21').label).toBe('21 mars 2027');
    expect(displayWeekday('2027-03-01T13:00:00.000Z')).toEqual({ datetime: '2027-03-01', label: 'lundi 1er mars 2027' });
    expect(displayClock('2027-03-01T13:00:00.000Z')).toEqual({ datetime: '2027-03-01T13:00:00.000Z', label: '14 h' });
    expect(displayClock('2027-03-01T13:30:00.000Z').label).toBe('14 h 30');
    expect(displayClock('2027-03-01T08:05:00.000Z').label).toBe('9 h 05');
    expect(displayClock('2027-03-01T23:00:00.000Z').label).toBe('0 h');
    expect(displayInstant('2027-02-28T23:30:00.000Z')).toEqual({ datetime: '2027-02-28T23:30:00.000Z', label: '1er mars 2027 à 0 h 30' });
  });

  it('writes durations as HTML duration strings', () => {
    expect(displayDuration(45)).toEqual({ datetime: 'PT45M', label: '45 min' });
    expect(displayDuration(90)).toEqual({ datetime: 'PT1H30M', label: '1 h 30' });
    expect(displayDuration(120)).toEqual({ datetime: 'PT2H', label: '2 h' });
    expect(displayDuration(2 * 1440 + 180)).toEqual({ datetime: 'P2DT3H', label: '2 jours 3 h' });
    // English pages: the words of the English dictionary, the same datetime.
    expect(displayDuration(90, 'en')).toEqual({ datetime: 'PT1H30M', label: '1 h 30 min' });
    expect(displayDuration(1440 + 5, 'en')).toEqual({ datetime: 'P1DT5M', label: '1 day 5 min' });
  });
});

describe('iCalendar text', () => {
  it('escapes text values and folds lines at 75 octets without splitting a character', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    // A lone CR would end the property for some readers and start another one (an attachment, an alarm).
    expect(escapeText('Paris\rATTACH:https://example.org/x.exe')).toBe('Paris\\nATTACH:https://example.org/x.exe');
    expect(escapeText('a\r\nb\u2028c\u0000\u001bd\te')).toBe('a\\nb\\ncd\te');
    const folded = foldLine(`DESCRIPTION:${'é'.repeat(100)}`);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(`DESCRIPTION:${'é'.repeat(100)}`);
  });

  it('imports at the right instant every half hour around each change of time, 2024 to 2040', () => {
    // Last Sundays of March and October at 01:00 UTC, and a plain day, give every kind of local time.
    const lastSunday = (year: number, month: number): number => {
      const last = new Date(Date.UTC(year, month + 1, 0, 1));
      return last.getTime() - last.getUTCDay() * 86_400_000;
    };
    const instants: Date[] = [];
    for (let year = 2024; year <= 2040; year += 1) {
      for (const change of [lastSunday(year, 2), lastSunday(year, 9), Date.UTC(year, 6, 14, 10)]) {
        for (let step = -6; step <= 6; step += 1) instants.push(new Date(change + step * 1_800_000));
      }
    }
    const events = instants.map((start, i) => ({
      uid: `essai-${i}@exemple`,
      url: 'https://exemple.gouv.fr/',
      title: `Essai ${i}`,
      description: 'Essai',
      start,
      end: new Date(start.getTime() + 1_800_000),
      updatedAt: '2026-01-01T00:00:00.000Z',
    }));
    const parsed = new ICAL.Component(ICAL.parse(calendar('Essai', events)));
    const vevents = parsed.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(vevents).toHaveLength(events.length);
    vevents.forEach((vevent, i) => {
      expect(vevent.startDate.toJSDate().toISOString(), vevent.summary).toBe(events[i]?.start.toISOString());
      expect(vevent.endDate.toJSDate().toISOString(), vevent.summary).toBe(events[i]?.end.toISOString());
    });
  });

  it('writes a day event as an all-day event (DATE values, end exclusive) that ical.js reads as a whole day', () => {
    const day = { startsAt: '2026-10-25T07:00:00.000Z', allDay: true };
    const text = calendar('Essai', [
      { uid: 'jour@exemple', url: 'https://exemple.gouv.fr/', title: 'Jour', description: 'Essai', start: eventStart(day), end: eventEnd(day), updatedAt: '2026-01-01T00:00:00.000Z', allDay: true },
    ]);
    expect(text).toContain('\r\nDTSTART;VALUE=DATE:20261025\r\nDTEND;VALUE=DATE:20261026\r\n');
    const [vevent] = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(vevent?.startDate.isDate).toBe(true);
    expect(vevent?.startDate.toString()).toBe('2026-10-25');
    expect(vevent?.endDate.toString()).toBe('2026-10-26');
  });
});
