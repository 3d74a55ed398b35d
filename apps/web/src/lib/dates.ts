import { parisDay } from '@bluehats/content-types';
import { fill } from './i18n/fill';
import { DEFAULT_LOCALE, type Locale } from './i18n/locales';
import { ui } from './i18n/ui';

const TIME_ZONE = 'Europe/Paris';

const dayFormat = new Intl.DateTimeFormat('fr-FR', { timeZone: TIME_ZONE, day: 'numeric', month: 'long', year: 'numeric' });
const weekdayFormat = new Intl.DateTimeFormat('fr-FR', { timeZone: TIME_ZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const clockFormat = new Intl.DateTimeFormat('fr-FR', { timeZone: TIME_ZONE, hour: 'numeric', minute: '2-digit', hourCycle: 'h23' });

// English pages: British English, the European Union's, e.g. « 7 December 2026 », « 14:30 ».
const englishDay = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, day: 'numeric', month: 'long', year: 'numeric' });
const englishWeekday = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const englishClock = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

// French writes the first day of a month as an ordinal: « 1er mars », never « 1 mars ».
const frenchDate = (format: Intl.DateTimeFormat, date: Date): string =>
  format
    .formatToParts(date)
    .map((part) => (part.type === 'day' && part.value === '1' ? '1er' : part.value))
    .join('');

const dateIn = (locale: Locale, weekday: boolean, date: Date): string =>
  locale === DEFAULT_LOCALE ? frenchDate(weekday ? weekdayFormat : dayFormat, date) : (weekday ? englishWeekday : englishDay).format(date);

// French typography writes times « 14 h » and « 14 h 30 », not « 14:00 » (Intl only gives the latter).
const frenchClock = (date: Date): string => {
  const parts = clockFormat.formatToParts(date);
  const hour = Number(parts.find((part) => part.type === 'hour')?.value);
  const minute = parts.find((part) => part.type === 'minute')?.value ?? '00';
  return minute === '00' ? `${hour} h` : `${hour} h ${minute}`;
};

/** What a <time> element needs: the machine-readable value and the text in the page’s language. */
export type DisplayDate = { datetime: string; label: string };

/** A calendar day (YYYY-MM-DD from Strapi) for a <time> element, read in French. */
export const displayDay = (isoDate: string, locale: Locale = DEFAULT_LOCALE): DisplayDate => ({
  datetime: isoDate.slice(0, 10),
  label: dateIn(locale, false, new Date(`${isoDate.slice(0, 10)}T12:00:00Z`)),
});

export { parisDay };

const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, timeZoneName: 'longOffset' });

/** The instant a Paris calendar day (YYYY-MM-DD) begins: its 00:00 there, at +01:00 or +02:00. */
export const parisDayStart = (day: string): Date => {
  const utcMidnight = new Date(`${day}T00:00:00Z`);
  // Daylight saving changes at 01:00 UTC, after both midnights: the offset at one is the offset at the other.
  const offset = /GMT([+-])(\d{2}):(\d{2})/.exec(offsetFormat.format(utcMidnight));
  const minutes = offset ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) : 0;
  return new Date(utcMidnight.getTime() - minutes * 60_000);
};

/** The calendar day after a day (YYYY-MM-DD). */
export const nextDay = (day: string): string => {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
};

/** The Paris calendar day of an instant, e.g. « 1er avril 2026 » for 2026-03-31T22:30Z. */
export const displayDayOf = (iso: string, locale: Locale = DEFAULT_LOCALE): DisplayDate => displayDay(parisDay(iso), locale);

/** The Paris calendar day of an instant with its weekday, e.g. « jeudi 13 novembre 2025 ». */
export const displayWeekday = (iso: string, locale: Locale = DEFAULT_LOCALE): DisplayDate => ({ datetime: parisDay(iso), label: dateIn(locale, true, new Date(iso)) });

/** An instant, shown in Paris time, e.g. « 12 mars 2026 à 9 h » or « 1er avril 2026 à 14 h 30 ». */
export const displayInstant = (iso: string, locale: Locale = DEFAULT_LOCALE): DisplayDate => ({
  datetime: new Date(iso).toISOString(),
  label:
    locale === DEFAULT_LOCALE
      ? `${frenchDate(dayFormat, new Date(iso))} à ${frenchClock(new Date(iso))}`
      : `${englishDay.format(new Date(iso))} at ${englishClock.format(new Date(iso))}`,
});

/** The time of day in Paris of an instant, e.g. « 9 h » or « 14 h 30 »; the datetime keeps the full instant. */
export const displayClock = (iso: string, locale: Locale = DEFAULT_LOCALE): DisplayDate => ({
  datetime: new Date(iso).toISOString(),
  label: locale === DEFAULT_LOCALE ? frenchClock(new Date(iso)) : englishClock.format(new Date(iso)),
});

/**
 * A length of time in a page's language, its words from the UI dictionary: « 1 h 30 » (datetime
 * PT1H30M), or « 2 jours 3 h » (P2DT3H) beyond a day; "1 h 30 min", "2 days 3 h" in English.
 */
export const displayDuration = (minutes: number, locale: Locale = DEFAULT_LOCALE): DisplayDate => {
  const t = ui(locale);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  if (days > 0) {
    const label = [fill(days > 1 ? t.days : t.oneDay, { days }), hours > 0 ? fill(t.hours, { hours }) : '', rest > 0 ? fill(t.minutes, { minutes: rest }) : '']
      .filter(Boolean)
      .join(' ');
    const time = `${hours > 0 ? `${hours}H` : ''}${rest > 0 ? `${rest}M` : ''}`;
    return { datetime: `P${days}D${time ? `T${time}` : ''}`, label };
  }
  const label =
    hours === 0 ? fill(t.minutes, { minutes: rest }) : rest === 0 ? fill(t.hours, { hours }) : fill(t.hoursMinutes, { hours, minutes: rest, mm: String(rest).padStart(2, '0') });
  return { datetime: `PT${hours > 0 ? `${hours}H` : ''}${rest > 0 || hours === 0 ? `${rest}M` : ''}`, label };
};
