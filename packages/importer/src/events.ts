import path from 'node:path';
import { parisInstant } from './project-call';

export type EventKind = 'webinaire' | 'rencontre' | 'atelier';

/** Folders of the old site that hold events, by the kind of event they hold (`--event-folders` replaces them). */
export const DEFAULT_EVENT_FOLDERS: Record<string, EventKind> = { webinaires: 'webinaire', rencontres: 'rencontre', ateliers: 'atelier' };

/** `--event-folders webinaires,rencontres,ateliers`: the kind comes from the name (« atelier… », « rencontre… »), else webinaire. */
export const parseEventFolders = (option: string): Record<string, EventKind> =>
  Object.fromEntries(
    option
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean)
      .map((name): [string, EventKind] => [name, /atelier/i.test(name) ? 'atelier' : /rencontre/i.test(name) ? 'rencontre' : 'webinaire']),
  );

export const eventFolderOf = (source: string, folders: Record<string, EventKind>): EventKind | null => {
  const parts = path.posix.dirname(source).split('/');
  const found = parts.reverse().find((part) => Object.hasOwn(folders, part));
  return found ? (folders[found] ?? null) : null;
};

const HOURS = /\bde\s+(\d{1,2})\s*h\s*(\d{2})?\s*(?:à|a|jusqu’à|-|–)\s*(\d{1,2})\s*h\s*(\d{2})?|\b(\d{1,2})\s*h\s*(\d{2})?\s*[-–]\s*(\d{1,2})\s*h\s*(\d{2})?/iu;

export type EventTimes = { startsAt: string; endsAt: string } | null;

/** "de 11h à 12h30", "de 14 h à 15 h 30", "11h-12h30": start and end in Paris time on the given day. */
export const findEventTimes = (text: string, date: string): EventTimes => {
  const m = HOURS.exec(text.replace(/\s+/g, ' '));
  if (!m) return null;
  const [h1, m1, h2, m2] = m[1] !== undefined ? [m[1], m[2], m[3], m[4]] : [m[5], m[6], m[7], m[8]];
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const at = (h: string | undefined, min: string | undefined): string => parisInstant(year, month, day, Number(h), Number(min ?? 0));
  if (Number(h1) > 23 || Number(h2) > 23) return null;
  const times = { startsAt: at(h1, m1), endsAt: at(h2, m2) };
  return times.endsAt > times.startsAt ? times : null;
};
