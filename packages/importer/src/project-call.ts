import type { BlocksContent } from '@bluehats/content-types';

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const DAY = `(\\d{1,2})(?:er)?\\s+(${MONTHS.join('|')})(?:\\s+(\\d{4}))?`;
const WINDOW = new RegExp(`entre\\s+le\\s+${DAY}\\s+et\\s+le\\s+${DAY}(?:\\s+à\\s+(\\d{1,2})h(\\d{2})?)?`, 'iu');

export type ApplicationWindow = { opensAt: string; closesAt: string };

const pad = (n: number): string => String(n).padStart(2, '0');

/** Europe/Paris wall time as an ISO instant (+01:00 in winter, +02:00 in summer). */
export const parisInstant = (year: number, month: number, day: number, hour: number, minute: number): string => {
  const guess = new Date(Date.UTC(year, month - 1, day, hour, minute));
  const parisHour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hour: '2-digit', hourCycle: 'h23' }).format(guess));
  const offset = (parisHour - hour + 24) % 24;
  return new Date(guess.getTime() - offset * 3_600_000).toISOString();
};

/** "Entre le 15 mars et le 15 mai 2022 à 23h59": the window of a call for applications. */
export const findApplicationWindow = (text: string): ApplicationWindow | null => {
  const m = WINDOW.exec(text.replace(/\s+/g, ' '));
  if (!m) return null;
  const [, d1, m1, y1, d2, m2, y2, hour, minute] = m;
  const closeYear = Number(y2 ?? y1);
  if (!closeYear) return null;
  const month = (name: string | undefined): number => MONTHS.indexOf((name ?? '').toLowerCase()) + 1;
  return {
    opensAt: parisInstant(Number(y1 ?? closeYear), month(m1), Number(d1), 0, 0),
    closesAt: parisInstant(closeYear, month(m2), Number(d2), hour ? Number(hour) : 23, hour ? Number(minute ?? 0) : 59),
  };
};

/** Every link of rich text, with its label, lists included. */
export const linksOf = (blocks: BlocksContent): { url: string; label: string }[] =>
  blocks.flatMap((node) =>
    'children' in node
      ? (node.children as unknown[]).flatMap((child) => {
          const c = child as { type: string; url?: string; children?: { text?: string }[] };
          if (c.type === 'link' && c.url) return [{ url: c.url, label: (c.children ?? []).map((t) => t.text ?? '').join('') }];
          return c.type === 'list-item' ? linksOf([c as never]) : [];
        })
      : [],
  );

/** The application form: a link labelled as a form, or pointing at a forms service. */
export const findApplicationUrl = (blocks: BlocksContent): string | null =>
  linksOf(blocks).find((l) => /formulaire|candidat/i.test(l.label) || /form/i.test(new URL(l.url, 'https://x').hostname))?.url ?? null;

export const looksLikeProjectCall = (text: string, blocks: BlocksContent): boolean =>
  findApplicationWindow(text) !== null && /candidat/i.test(text) && findApplicationUrl(blocks) !== null;

