import type { UiStrings } from './ui';

const KEYS = ['searchTitle', 'colon', 'searchPrompt', 'searching', 'noResult', 'oneResult', 'results', 'searchUnavailable'] as const;

/** What the search page's script says, in the page's language: handed over in the page, not bundled. */
export type SearchMessages = Pick<UiStrings, (typeof KEYS)[number]>;

export const searchMessages = (t: UiStrings): SearchMessages => Object.fromEntries(KEYS.map((key) => [key, t[key]])) as SearchMessages;
