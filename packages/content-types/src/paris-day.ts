const isoDayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The calendar day in Paris (YYYY-MM-DD) of an instant: 2026-03-31T22:30Z is the 1st of April there.
 * The content's days (a `date` field, an all-day event) are Paris days, for the site and the importer alike.
 */
export const parisDay = (iso: string): string => isoDayFormat.format(new Date(iso));
