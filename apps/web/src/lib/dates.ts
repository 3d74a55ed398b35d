const TIME_ZONE = 'Europe/Paris';

const dayFormat = new Intl.DateTimeFormat('fr-FR', { timeZone: TIME_ZONE, day: 'numeric', month: 'long', year: 'numeric' });
const dateTimeFormat = new Intl.DateTimeFormat('fr-FR', {
  timeZone: TIME_ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

export type DisplayDate = { datetime: string; label: string };

/** A calendar day (YYYY-MM-DD from Strapi) for a <time> element, read in French. */
export const displayDay = (isoDate: string): DisplayDate => ({
  datetime: isoDate.slice(0, 10),
  label: dayFormat.format(new Date(`${isoDate.slice(0, 10)}T12:00:00Z`)),
});

/** An instant, shown in Paris time, e.g. « 12 mars 2026 à 09:00 ». */
export const displayInstant = (iso: string): DisplayDate => ({
  datetime: new Date(iso).toISOString(),
  label: dateTimeFormat.format(new Date(iso)).replace(' ', ' '),
});
