import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminJwt, createApiToken, startStrapi, type StrapiServer } from '@bluehats/testkit';

type ErrorBody = { error: { status: number; message: string; details: { errors?: Array<{ path: string[]; message: string }> } } };
type DemoEvent = {
  slug: string;
  startsAt: string;
  endsAt: string | null;
  allDay: boolean | null;
  durationMinutes: number | null;
  place: string | null;
  onlineUrl: string | null;
  recording: { title: string } | null;
  slides: { mime: string; url: string } | null;
};

const parisTime = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** The event type and the scheduling fields, as editors meet them: demo entries, French labels, save-time checks. */
describe('events and scheduled publication in the CMS', () => {
  let cms: StrapiServer;
  let writer: string;

  const post = async (type: string, data: Record<string, unknown>): Promise<{ status: number; body: ErrorBody }> => {
    const response = await fetch(`${cms.url}/api/${type}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${writer}` },
      body: JSON.stringify({ data }),
    });
    return { status: response.status, body: (await response.json()) as ErrorBody };
  };
  const event = (overrides: Record<string, unknown>): Record<string, unknown> => ({
    title: 'Webinaire d’essai',
    slug: `webinaire-essai-${Math.random().toString(36).slice(2, 8)}`,
    kind: 'webinaire',
    summary: 'Un webinaire pour essayer les règles de saisie.',
    startsAt: '2026-06-02T12:00:00.000Z',
    endsAt: '2026-06-02T13:00:00.000Z',
    onlineUrl: 'https://webinaire.numerique.gouv.fr/meeting/essai',
    ...overrides,
  });

  beforeAll(async () => {
    cms = await startStrapi();
    writer = await createApiToken(cms, 'full-access');
  });
  afterAll(async () => {
    await cms?.destroy();
  });

  it('seeds two events to come, a past webinar with its recording and its slides, and a past day event', async () => {
    const response = await fetch(`${cms.url}/api/events?populate[recording]=true&populate[slides]=true&sort=startsAt`, {
      headers: { authorization: `Bearer ${cms.readToken}` },
    });
    const events = ((await response.json()) as { data: DemoEvent[] }).data;
    expect(events.map((e) => e.slug)).toEqual(['journee-bluehats-2024', 'webinaire-ouvrir-le-code-source', 'rencontre-bluehats-collectivites', 'webinaire-choisir-une-licence-libre']);
    const [day, past, meetup, webinar] = events;
    expect(day).toMatchObject({ allDay: true, endsAt: null, durationMinutes: null });
    expect(past?.allDay).toBe(false);
    expect(new Date(past?.startsAt ?? '').getTime()).toBeLessThan(Date.now());
    expect(past?.recording?.title).toContain('ouvrir le code source');
    expect(past?.slides?.mime).toBe('application/pdf');
    const pdf = await fetch(`${cms.url}${past?.slides?.url ?? ''}`);
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    // Dated from the seed, at fixed Paris times whatever the season.
    for (const upcoming of [meetup, webinar]) expect(new Date(upcoming?.startsAt ?? '').getTime()).toBeGreaterThan(Date.now());
    expect(parisTime.format(new Date(meetup?.startsAt ?? ''))).toBe('14:00');
    expect(parisTime.format(new Date(meetup?.endsAt ?? ''))).toBe('17:00');
    expect(meetup?.place).toContain('Ségur');
    expect(parisTime.format(new Date(webinar?.startsAt ?? ''))).toBe('11:00');
    expect(webinar?.durationMinutes).toBe(60);
  });

  it('shows editors French labels for the event fields and the scheduling fields', async () => {
    const jwt = await adminJwt(cms);
    const label = async (uid: string, field: string): Promise<string | undefined> => {
      const response = await fetch(`${cms.url}/content-manager/content-types/${uid}/configuration`, { headers: { authorization: `Bearer ${jwt}` } });
      const body = (await response.json()) as { data: { contentType: { metadatas: Record<string, { edit: { label: string } }> } } };
      return body.data.contentType.metadatas[field]?.edit.label;
    };
    expect(await label('api::event.event', 'startsAt')).toBe('Début');
    expect(await label('api::event.event', 'durationMinutes')).toBe('Durée en minutes');
    expect(await label('api::event.event', 'allDay')).toBe('Horaire non précisé');
    expect(await label('api::event.event', 'recording')).toBe('Enregistrement');
    expect(await label('api::article.article', 'visibleFrom')).toBe('Visible à partir du');
    expect(await label('api::project-call.project-call', 'visibleUntil')).toBe('Visible jusqu’au');
  });

  it('accepts an event given by its end, or by its duration', async () => {
    const first = await post('events', event({}));
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect((await post('events', event({ title: 'Webinaire d’essai (durée)', endsAt: null, durationMinutes: 90 }))).status).toBe(201);
  });

  it('accepts a day event (« Horaire non précisé ») without end nor duration, or with its last day as end', async () => {
    const day = await post('events', event({ title: 'Journée d’essai', startsAt: '2026-06-01T22:00:00.000Z', endsAt: null, allDay: true }));
    expect(day.status, JSON.stringify(day.body)).toBe(201);
    expect((await post('events', event({ title: 'Deux journées d’essai', startsAt: '2026-06-01T22:00:00.000Z', endsAt: '2026-06-02T22:00:00.000Z', allDay: true }))).status).toBe(201);
  });

  it.each([
    ['neither end nor duration', { endsAt: null }, 'endsAt', 'Indiquez la fin de l’événement, ou sa durée'],
    ['both end and duration', { durationMinutes: 60 }, 'durationMinutes', 'pas les deux'],
    ['an end before the start', { endsAt: '2026-06-02T11:00:00.000Z' }, 'endsAt', 'La fin de l’événement doit suivre son début'],
    ['no place and no link', { onlineUrl: null }, 'place', 'Indiquez le lieu de l’événement'],
    ['hours unknown and a duration', { allDay: true, endsAt: null, durationMinutes: 60 }, 'durationMinutes', 'horaire n’est pas précisé n’a pas de durée'],
    ['hours unknown and a last day before the first', { allDay: true, endsAt: '2026-06-01T12:00:00.000Z' }, 'endsAt', 'La fin de l’événement doit suivre son début'],
    ['a registration link that is not https', { registrationUrl: 'javascript:alert(1)' }, 'registrationUrl', 'commençant par https://'],
  ])('refuses an event with %s', async (_case, overrides, path, message) => {
    const { status, body } = await post('events', event({ title: `Refusé ${path}`, ...overrides }));
    expect(status).toBe(400);
    expect(body.error.details.errors?.map((e) => e.path[0])).toContain(path);
    expect(body.error.message).toContain(message);
  });

  it('refuses an article scheduled to go offline before it goes online', async () => {
    const { status, body } = await post('articles', {
      title: 'Article programmé à l’envers',
      slug: 'article-programme-a-l-envers',
      description: 'Essai',
      date: '2026-05-04',
      body: [{ __component: 'blocks.rich-text', content: [{ type: 'paragraph', children: [{ type: 'text', text: 'Essai' }] }] }],
      visibleFrom: '2026-05-11T07:00:00.000Z',
      visibleUntil: '2026-05-04T07:00:00.000Z',
    });
    expect(status).toBe(400);
    expect(body.error.details.errors?.[0]?.path).toEqual(['visibleUntil']);
    expect(body.error.message).toContain('doit suivre la date de mise en ligne');
  });
});
