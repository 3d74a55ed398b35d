import type { BlocksContent } from '@bluehats/content-types';
import type { BodyItem, PlannedVideo } from './body-items';
import { ImportError } from './errors';
import { findEventTimes, type EventKind } from './events';
import type { FrontMatter } from './front-matter';
import { locateSlides, type ImageFile } from './images';
import type { Common } from './common-plan';
import { linksOf, parisInstant } from './project-call';
import { plainText, truncate } from './text';
import { isHttpsAddress, providerOf, youtubeEmbed } from '@bluehats/content-policy';

export type EventPlan = Common & {
  kind: 'event';
  eventKind: EventKind;
  summary: string;
  body: BlocksContent;
  startsAt: string;
  endsAt: string | null;
  /** Only the day is known (« Horaire non précisé »): published as a day event, hours to complete. */
  allDay: boolean;
  place: string | null;
  onlineUrl: string | null;
  registrationUrl: string | null;
  recording: PlannedVideo | null;
  slides: ImageFile | null;
  slidesUrl: string | null;
};

type Where = (field: string) => { file: string; absoluteFile: string; siteRoot: string; field: string };
type Input = Common & { frontMatter: FrontMatter; body: string; items: BodyItem[]; blocks: BlocksContent; date: string | null; kind: EventKind; where: Where };

const HOUR = 3_600_000;

/** A watch page of YouTube becomes its cookie-free player; other hosts must give their player address. */
const recordingOf = (src: string, title: string): PlannedVideo | null => {
  const embedUrl = /youtube\.com\/watch|youtu\.be\//.test(src) ? youtubeEmbed(src) : src;
  const provider = providerOf(embedUrl);
  return provider ? { title, provider, embedUrl, caption: null } : null;
};

/**
 * A webinar, meeting or workshop of the old site: date from the front matter (or guessed), times
 * from the text (« de 11h à 12h30 »), recording and slides from `video` and `slides`.
 */
export const eventPlan = ({ frontMatter, body, items, blocks, date, kind, where, ...common }: Input): EventPlan => {
  if (!date) throw new ImportError(common.source, 'événement sans date (ni en-tête, ni historique git, ni chemin) : ajoutez « date: » à l’en-tête.', 'date');
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  let times: { startsAt: string; endsAt: string | null } | null = findEventTimes(body, date);
  if (!times && frontMatter.time) {
    const [h, m] = frontMatter.time.split(':').map(Number) as [number, number];
    const startsAt = parisInstant(year, month, day, h, m);
    times = { startsAt, endsAt: new Date(Date.parse(startsAt) + HOUR).toISOString() };
    common.todo.push('heure de fin absente du texte : une heure après le début, à vérifier');
  }
  // The old site showed the page for years without its hours: it stays public, as a day event.
  const allDay = !times;
  if (!times) {
    times = { startsAt: parisInstant(year, month, day, 0, 0), endsAt: null };
    common.todo.push('horaires introuvables dans le texte (« de 11h à 12h30 ») : publié avec « horaire non précisé », début et fin à compléter');
  }
  const dropped = items.filter((i) => i.kind === 'image' || i.kind === 'quote' || i.kind === 'video').length;
  if (dropped) common.notes.push(`${dropped} image(s), vidéo(s) ou citation(s) du corps non reprises : le corps d’un événement est du texte enrichi`);

  let recording: PlannedVideo | null = null;
  if (frontMatter.video) {
    recording = recordingOf(frontMatter.video.src, frontMatter.video.title ?? `Enregistrement : ${frontMatter.title}`);
    if (recording) common.todo.push(`transcription de l’enregistrement « ${truncate(recording.title, 60)} » à rédiger`);
    else common.notes.push(`enregistrement d’un hébergeur non autorisé non repris (${frontMatter.video.src}) : à ajouter depuis l’administration`);
  }
  let slides: ImageFile | null = null;
  let slidesUrl: string | null = null;
  if (frontMatter.slides) {
    const src = frontMatter.slides.src;
    if (isHttpsAddress(src)) slidesUrl = src;
    else {
      slides = locateSlides(where('slides'), src);
      if (!slides) common.todo.push(`support introuvable, non importé : ${src} (slides) ; ajoutez-le depuis l’administration`);
    }
  }
  const registrationUrl =
    frontMatter.registration ?? linksOf(blocks).find((l) => /inscri/i.test(l.label) && isHttpsAddress(l.url))?.url ?? null;
  const place = frontMatter.place ?? (kind === 'webinaire' ? 'En ligne' : null);
  if (!frontMatter.place && kind === 'webinaire') common.todo.push('lieu : « En ligne » retenu pour un webinaire, à vérifier');
  if (!place) {
    common.draftOnly = true;
    common.todo.push('lieu absent de l’en-tête (« lieu: ») : l’événement reste en brouillon, lieu à saisir');
  }
  const summary = frontMatter.description ?? plainText(blocks.filter((b) => b.type === 'paragraph').slice(0, 1));
  return {
    ...common,
    kind: 'event',
    eventKind: kind,
    summary: truncate(summary || frontMatter.title, 500),
    body: blocks,
    startsAt: times.startsAt,
    endsAt: times.endsAt,
    allDay,
    place: place ?? 'Lieu à préciser',
    onlineUrl: null,
    registrationUrl,
    recording,
    slides,
    slidesUrl,
  };
};
