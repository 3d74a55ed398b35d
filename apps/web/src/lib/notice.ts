import type { SiteSetting } from '@bluehats/content-types';

type NoticeSettings = Pick<SiteSetting, 'noticeText' | 'noticeLink' | 'noticeEndsAt'>;

/** The important-notice banner as the pages show it. */
export type Notice = { text: string; link: { label: string; url: string } | null };

/**
 * The banner the site settings switch on, or null: no text, or its end date reached at the
 * build's instant. That end is announced to the rebuild service (time-boundaries.ts), which
 * rebuilds the site then, so the banner goes without anyone editing anything.
 */
export const activeNotice = (settings: NoticeSettings, now: Date): Notice | null => {
  const text = settings.noticeText?.trim();
  if (!text) return null;
  if (settings.noticeEndsAt && new Date(settings.noticeEndsAt).getTime() <= now.getTime()) return null;
  const link = settings.noticeLink;
  return { text, link: link ? { label: link.label, url: link.url } : null };
};
