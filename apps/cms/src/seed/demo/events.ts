/**
 * Demo content: events: two to come (dated relative to the seed time), one past with its recording and slides,
 * one past whose hours are not known. The meetup to come has an English version; the others stay French only.
 */
import { bulletList, heading, link, paragraph } from '../blocks';
import { DINUM, shiftDays } from './shared';
import type { DemoEvent } from './types';

const parisParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Minutes Paris is ahead of UTC at an instant (60 in winter, 120 in summer). */
const parisOffsetMinutes = (instant: Date): number => {
  const parts = Object.fromEntries(parisParts.formatToParts(instant).map((p) => [p.type, p.value]));
  const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute));
  return Math.round((wall - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
};

/** The instant it is hour:minute in Paris, `days` days after `now`'s calendar day. */
const parisTimeInDays = (now: Date, days: number, hour: number, minute = 0): string => {
  const day = shiftDays(now, days);
  const wall = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour, minute);
  return new Date(wall - parisOffsetMinutes(new Date(wall)) * 60_000).toISOString();
};

/** Offsets, in days from the seed time, of the two events to come. */
export const UPCOMING_EVENT_OFFSETS = { rencontre: 21, webinaire: 45 } as const;

const pastWebinar: DemoEvent = {
  slug: 'webinaire-ouvrir-le-code-source',
  title: 'Webinaire : ouvrir le code source de son administration',
  kind: 'webinaire',
  summary:
    'Une heure pour comprendre ce que la loi demande, préparer un dépôt à la publication et choisir une licence. L’enregistrement et le support sont en ligne.',
  body: [
    heading(2, 'Au programme'),
    bulletList(
      'Pourquoi le code source d’une administration est un document administratif.',
      'Vérifier un dépôt avant de le rendre public : secrets, données personnelles, dépendances.',
      'Choisir une licence parmi celles que l’administration peut utiliser.',
      'Référencer le dépôt sur code.gouv.fr.',
    ),
    paragraph(
      'Les points clés sont repris dans l’article ',
      link('/articles/webinaire-ouvrir-le-code-source-de-son-administration/', 'Retour sur le webinaire'),
      '.',
    ),
  ],
  startsAt: '2025-11-13T10:00:00.000Z',
  endsAt: '2025-11-13T11:00:00.000Z',
  onlineUrl: 'https://webinaire.numerique.gouv.fr/meeting/bluehats-code-source',
  recording: 'webinaire-code-source',
  slides: 'support-webinaire-code-source',
};

// A day event: only its day is known (« Horaire non précisé »); startsAt is that day's midnight in Paris.
const pastDay: DemoEvent = {
  slug: 'journee-bluehats-2024',
  title: 'Journée BlueHats 2024',
  kind: 'rencontre',
  summary:
    'Une journée de rencontres entre les administrations qui utilisent, financent ou développent des logiciels libres : retours d’expérience, ateliers et stands des projets.',
  body: [paragraph('Le programme détaillé de la journée n’a pas été conservé ; les présentations des intervenantes et intervenants sont résumées dans les articles du blog.')],
  startsAt: '2024-06-17T22:00:00.000Z',
  allDay: true,
  place: 'DINUM, 20 avenue de Ségur, 75007 Paris',
};

const upcomingMeetup = (now: Date): DemoEvent => ({
  slug: 'rencontre-bluehats-collectivites',
  title: 'Rencontre BlueHats : les logiciels libres dans les collectivités',
  kind: 'rencontre',
  summary:
    'Un après-midi d’échanges entre agentes et agents de l’État et des collectivités qui utilisent ou développent des logiciels libres. Sur place à Paris, ou à distance.',
  body: [
    heading(2, 'Déroulé'),
    bulletList(
      '14 h : accueil et tour de table.',
      '14 h 30 : trois retours d’expérience de collectivités, quinze minutes chacun.',
      '15 h 30 : ateliers en petits groupes sur la mutualisation des développements.',
      '16 h 30 : mise en commun, puis moment convivial.',
    ),
    paragraph('La rencontre est gratuite ; l’inscription permet de prévoir la salle et d’envoyer le lien de connexion.'),
  ],
  startsAt: parisTimeInDays(now, UPCOMING_EVENT_OFFSETS.rencontre, 14),
  endsAt: parisTimeInDays(now, UPCOMING_EVENT_OFFSETS.rencontre, 17),
  place: 'DINUM, 20 avenue de Ségur, 75007 Paris',
  onlineUrl: 'https://webinaire.numerique.gouv.fr/meeting/rencontre-bluehats',
  registrationUrl: 'https://demarche.numerique.gouv.fr/commencer/rencontre-bluehats',
  english: {
    slug: 'bluehats-meetup-local-authorities',
    title: 'BlueHats meetup: free software in local government',
    summary:
      'An afternoon of exchanges between State and local government staff who use or develop free software. In person in Paris, or online.',
    body: [
      heading(2, 'Programme'),
      bulletList(
        '2 pm: welcome and round of introductions.',
        '2:30 pm: three local authorities share their experience, fifteen minutes each.',
        '3:30 pm: small-group workshops on sharing development work.',
        '4:30 pm: wrap-up, followed by drinks.',
      ),
      paragraph('The meetup is free; registering helps us plan the room and send you the link to join online.'),
    ],
  },
});

const upcomingWebinar = (now: Date): DemoEvent => ({
  slug: 'webinaire-choisir-une-licence-libre',
  title: 'Webinaire : choisir une licence libre pour un projet public',
  kind: 'webinaire',
  summary:
    'Quelles licences une administration peut-elle utiliser, et comment choisir entre elles ? Une heure d’explications et de questions, en ligne.',
  body: [
    paragraph(
      'Nous présenterons les licences que les administrations peuvent utiliser, les critères qui aident à choisir, puis nous répondrons à vos questions.',
    ),
  ],
  startsAt: parisTimeInDays(now, UPCOMING_EVENT_OFFSETS.webinaire, 11),
  durationMinutes: 60,
  onlineUrl: 'https://webinaire.numerique.gouv.fr/meeting/bluehats-licences',
  registrationUrl: 'https://demarche.numerique.gouv.fr/commencer/webinaire-licences',
});

/** The four demo events; the two to come are dated from `now`. */
export const demoEvents = (now: Date): DemoEvent[] => [upcomingMeetup(now), upcomingWebinar(now), pastWebinar, pastDay];
