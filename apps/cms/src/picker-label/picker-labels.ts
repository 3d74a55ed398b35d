import { isVideoProvider, videoProviders } from '@bluehats/content-policy';

/**
 * The name an entry shows in relation pickers, the list of « Dernières entrées » and its edit view's
 * header. Strapi shows one attribute there (the type's main field), so what tells entries apart is
 * written into a stored attribute, `pickerLabel`, kept in step by sync-picker-labels.ts: quotes by the
 * start of their text and their author (one author may have many quotes), videos by their title and
 * host. Tags need none: their unique name already tells them apart.
 */
export const pickerLabelField = 'pickerLabel';

type Entry = Readonly<Record<string, unknown>>;

export type PickerLabelRule = {
  /** The attributes the label is made of: read from the stored entry when a write leaves them out. */
  sources: readonly string[];
  label: (entry: Entry) => string;
};

/** Long enough to tell two quotes apart, short enough for the picker's line. */
const QUOTE_START_LENGTH = 60;

const text = (value: unknown): string => (typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '');

/** The first words of a text, cut between words, with « … » when something was cut. */
export const startOf = (value: string, length: number): string => {
  if (value.length <= length) return value;
  const cut = value.slice(0, length + 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 0 ? cut.slice(0, lastSpace) : value.slice(0, length)).replace(/[\s,;:.!?«»—–-]+$/u, '')}…`;
};

export const pickerLabelRules: Readonly<Record<string, PickerLabelRule>> = {
  'api::quote.quote': {
    sources: ['text', 'authorName'],
    label: (entry) => {
      const start = startOf(text(entry.text), QUOTE_START_LENGTH);
      const author = text(entry.authorName);
      return author ? `${start} — ${author}` : start;
    },
  },
  'api::video.video': {
    sources: ['title', 'provider'],
    label: (entry) => {
      const title = text(entry.title);
      return isVideoProvider(entry.provider) ? `${title} — ${videoProviders[entry.provider].label}` : title;
    },
  },
};
