import { fill } from './i18n/fill';
import type { Locale } from './i18n/locales';
import { ui } from './i18n/ui';

/** A file's size as Strapi gives it (kilobytes), for its download link: « 340 ko », « 1,5 Mo » in French, "1.5 MB" in English. */
export const fileSize = (kilobytes: number, locale: Locale): string => {
  const t = ui(locale);
  return kilobytes < 1000
    ? fill(t.kilobytes, { size: Math.max(1, Math.round(kilobytes)) })
    : fill(t.megabytes, { size: (kilobytes / 1000).toLocaleString(locale, { maximumFractionDigits: 1 }) });
};
