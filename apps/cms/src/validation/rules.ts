import { embedUrlProblem, isHttpsAddress, isVideoProvider } from '@bluehats/content-policy';
import type { contentTypes, ContentTypeName, EntryOf } from '@bluehats/content-types';
import { legacyPathLines, legacyPathProblem } from './legacy-paths';

export type FieldProblem = { path: string[]; message: string };

/**
 * The entry as it will be after the write (entry-after-write.ts), not yet checked: the fields of
 * its generated type, so that a field renamed or removed in a schema fails the type check here,
 * but any value, since checking the values is these rules' job (a relation is a reference or null).
 */
type Draft<K extends ContentTypeName> = { readonly [F in keyof EntryOf<K>]?: unknown };
type Data = Readonly<Record<string, unknown>>;

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const present = (value: unknown): boolean => value !== null && value !== undefined && value !== '';
const time = (value: unknown): number | null => {
  if (!present(value)) return null;
  const t = new Date(String(value)).getTime();
  return Number.isNaN(t) ? null : t;
};

const videoRules = (data: Draft<'videos'>): FieldProblem[] => {
  const problems: FieldProblem[] = [];
  if (!text(data.title)) {
    problems.push({ path: ['title'], message: 'Donnez un titre à la vidéo : il est lu par les lecteurs d’écran à la place du lecteur vidéo.' });
  }
  const provider = data.provider;
  const url = text(data.embedUrl);
  if (isVideoProvider(provider) && url) {
    const problem = embedUrlProblem(provider, url);
    if (problem) problems.push({ path: ['embedUrl'], message: problem });
  }
  return problems;
};

const windowRules = (data: Draft<'project-calls'>): FieldProblem[] => {
  const problems: FieldProblem[] = [];
  const opens = time(data.opensAt);
  const closes = time(data.closesAt);
  if (opens !== null && closes !== null && closes <= opens) {
    problems.push({ path: ['closesAt'], message: 'La clôture des candidatures doit être postérieure à leur ouverture.' });
  }
  const starts = time(data.programmeStartsOn);
  const ends = time(data.programmeEndsOn);
  if (starts !== null && ends !== null && ends < starts) {
    problems.push({ path: ['programmeEndsOn'], message: 'La fin du programme doit suivre son début.' });
  }
  return problems;
};

// Scheduled publication: an entry must not disappear before it appears.
const scheduleRules = (data: Draft<'articles'> | Draft<'project-calls'>): FieldProblem[] => {
  const from = time(data.visibleFrom);
  const until = time(data.visibleUntil);
  return from !== null && until !== null && until <= from
    ? [{ path: ['visibleUntil'], message: 'La date de retrait du site doit suivre la date de mise en ligne (« Visible à partir du »).' }]
    : [];
};

const httpsRule = <D extends Data>(data: D, field: keyof D & string, what: string): FieldProblem[] => {
  const url = text(data[field]);
  return url && !isHttpsAddress(url) ? [{ path: [field], message: `${what} doit être une adresse complète commençant par https://.` }] : [];
};

const eventRules = (data: Draft<'events'>): FieldProblem[] => {
  const problems: FieldProblem[] = [];
  const starts = time(data.startsAt);
  const ends = time(data.endsAt);
  const hasDuration = present(data.durationMinutes);
  // A day event (« Horaire non précisé ») covers whole days: its end, if any, only names the last one.
  const allDay = data.allDay === true;
  if (allDay && hasDuration) {
    problems.push({ path: ['durationMinutes'], message: 'Un événement dont l’horaire n’est pas précisé n’a pas de durée : videz ce champ.' });
  }
  if (!allDay && ends === null && !hasDuration) {
    problems.push({ path: ['endsAt'], message: 'Indiquez la fin de l’événement, ou sa durée en minutes (ou cochez « Horaire non précisé »).' });
  }
  if (!allDay && ends !== null && hasDuration) {
    problems.push({ path: ['durationMinutes'], message: 'Indiquez la fin ou la durée, pas les deux : videz l’un des deux champs.' });
  }
  if (starts !== null && ends !== null && (allDay ? ends < starts : ends <= starts)) {
    problems.push({ path: ['endsAt'], message: 'La fin de l’événement doit suivre son début.' });
  }
  if (!text(data.place) && !text(data.onlineUrl)) {
    problems.push({ path: ['place'], message: 'Indiquez le lieu de l’événement, ou le lien de connexion s’il a lieu en ligne.' });
  }
  return [
    ...problems,
    ...httpsRule(data, 'onlineUrl', 'Le lien de connexion'),
    ...httpsRule(data, 'registrationUrl', 'Le lien d’inscription'),
    ...httpsRule(data, 'slidesUrl', 'Le lien vers le support'),
  ];
};

// « Anciennes adresses des rubriques »: `<old path> <path on this site>` a line, both read as old addresses are.
const sectionRedirectRules = (data: Draft<'site-setting'>): FieldProblem[] =>
  legacyPathLines(data.sectionRedirects).flatMap((line): FieldProblem[] => {
    const paths = line.split(/\s+/);
    if (paths.length !== 2) return [{ path: ['sectionRedirects'], message: `« ${line} » : écrivez l’ancienne adresse, une espace, puis l’adresse sur ce site (ex. : /fr/blog/ /articles/).` }];
    return paths.flatMap((p) => legacyPathProblem(p) ?? []).map((message) => ({ path: ['sectionRedirects'], message }));
  });

const altRule = <D extends Data>(image: keyof D & string, alt: keyof D & string, data: D, path: string[] = []): FieldProblem[] =>
  present(data[image]) && !text(data[alt]) && data['decorative'] !== true
    ? [{ path: [...path, alt], message: 'Décrivez l’image (texte alternatif) : sans lui, elle est invisible pour les personnes aveugles.' }]
    : [];

const bodyRules = (body: unknown, field: string): FieldProblem[] => {
  if (!Array.isArray(body)) return [];
  return body.flatMap((block: unknown, index): FieldProblem[] => {
    if (typeof block !== 'object' || block === null) return [];
    const b = block as Data;
    const path = [field, String(index)];
    switch (b.__component) {
      case 'blocks.image':
        return altRule('image', 'alt', b, path);
      case 'blocks.quote': {
        // The author may stay unknown: the quote is then shown without attribution.
        if (present(b.quote) || text(b.text)) return [];
        return [{ path: [...path, 'text'], message: 'Choisissez une citation de la bibliothèque, ou saisissez son texte.' }];
      }
      case 'blocks.video':
        return present(b.video)
          ? []
          : [{ path: [...path, 'video'], message: 'Choisissez la vidéo à afficher.' }];
      default:
        return [];
    }
  });
};

type Uid<K extends ContentTypeName> = (typeof contentTypes)[K]['uid'];

/** Field problems a reader would otherwise meet as a broken page, keyed by content type. */
const rulesByType: { readonly [K in ContentTypeName as Uid<K>]?: (data: Draft<K>) => FieldProblem[] } = {
  'api::video.video': videoRules,
  'api::project-call.project-call': (data) => [...windowRules(data), ...scheduleRules(data), ...altRule('image', 'imageAlt', data)],
  'api::article.article': (data) => [...altRule('cover', 'coverAlt', data), ...scheduleRules(data), ...bodyRules(data.body, 'body')],
  'api::event.event': eventRules,
  'api::page.page': (data) => bodyRules(data.body, 'body'),
  'api::quote.quote': (data) => altRule('portrait', 'portraitAlt', data),
  'api::site-setting.site-setting': sectionRedirectRules,
};

/** The rules of a content type (none for a type without any), given the entry as it will be after the write. */
export const rulesFor = (uid: string): ((data: Data) => FieldProblem[]) =>
  Object.entries(rulesByType).find(([key]) => key === uid)?.[1] ?? (() => []);
