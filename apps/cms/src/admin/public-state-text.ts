import type { PageState } from '../public-state/public-state-path';
import { defaultLocale, versionName } from '../i18n/locales';

/** How the admin tells a page's public state: one sentence, a tone for its badge, and the page's address when there is one to follow. */
export type StateLine = { tone: 'success' | 'secondary' | 'warning' | 'danger' | 'neutral'; text: string; url: string | null };

const parisParts = (date: Date, options: Intl.DateTimeFormatOptions): Record<string, string> =>
  Object.fromEntries(new Intl.DateTimeFormat('fr-FR', { ...options, timeZone: 'Europe/Paris' }).formatToParts(date).map((part) => [part.type, part.value]));

/** « 14 h 02 » in Paris time, preceded by the day (« 3 décembre à 14 h 02 ») when it is not today in Paris. */
export const parisClock = (iso: string, now: Date = new Date()): string => {
  const date = new Date(iso);
  const { hour = '', minute = '' } = parisParts(date, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const time = `${Number(hour)} h ${minute}`;
  const day = (d: Date): string => new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(d);
  return day(date) === day(now) ? time : `${day(date)} à ${time}`;
};

const removals = ['entry.unpublish', 'entry.delete'];

/** The sentence of a page's state; `now` decides whether the day is said. */
export const describePageState = ({ url, locale, publication, serviceAnswered }: PageState, now: Date = new Date()): StateLine => {
  if (!serviceAnswered) {
    return { tone: 'neutral', text: url ? 'Publiée ; l’état du site public n’a pas pu être lu.' : 'L’état du site public n’a pas pu être lu.', url };
  }
  const removal = publication ? removals.includes(publication.event) : false;
  if (publication?.state === 'queued' || publication?.state === 'building') {
    return { tone: 'secondary', text: removal ? 'Retrait du site en cours…' : 'Mise en ligne en cours…', url: null };
  }
  if (publication?.state === 'failed') {
    const what = removal ? 'Échec du retrait' : 'Échec de la mise en ligne';
    return { tone: 'danger', text: `${what} : ${publication.reason ?? 'raison inconnue'}, le site garde la version précédente.`, url: removal ? url : null };
  }
  if (url) return { tone: 'success', text: publication?.liveAt ? `En ligne depuis ${parisClock(publication.liveAt, now)}` : 'En ligne', url };
  if (publication?.liveAt) return { tone: 'neutral', text: `Retirée du site depuis ${parisClock(publication.liveAt, now)}`, url: null };
  // On a translation's edit view, say which version is not online: the French page may well be.
  const what = locale && locale !== defaultLocale ? `la ${versionName(locale)}` : 'cette entrée';
  return { tone: 'neutral', text: `Pas en ligne : ${what} n’est pas publiée.`, url: null };
};
