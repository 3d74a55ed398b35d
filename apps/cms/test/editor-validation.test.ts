import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken, startStrapi, type StrapiServer } from '@bluehats/testkit';

type ErrorBody = { error: { status: number; name: string; message: string; details: { errors?: Array<{ path: string[]; message: string }> } } };

/** Save-time checks: each bad input is refused with a message an editor understands, and nothing is stored. */
describe('validation at save time', () => {
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
  const total = async (type: string): Promise<number> => {
    const response = await fetch(`${cms.url}/api/${type}?status=draft&pagination[pageSize]=1`, {
      headers: { authorization: `Bearer ${writer}` },
    });
    return ((await response.json()) as { meta: { pagination: { total: number } } }).meta.pagination.total;
  };
  const transcript = [{ type: 'paragraph', children: [{ type: 'text', text: 'Transcription.' }] }];

  beforeAll(async () => {
    cms = await startStrapi();
    writer = await createApiToken(cms, 'full-access');
  });
  afterAll(async () => {
    await cms?.destroy();
  });

  it('refuses a video from a host that is not allowed', async () => {
    const before = await total('videos');
    const { status, body } = await post('videos', {
      title: 'Une vidéo',
      provider: 'youtube',
      embedUrl: 'https://evil.example.com/embed/abc',
      transcript,
    });
    expect(status).toBe(400);
    expect(body.error.details.errors?.[0]?.path).toEqual(['embedUrl']);
    expect(body.error.message).toContain("evil.example.com n'est pas un hébergeur autorisé pour YouTube (sans cookie)");
    expect(await total('videos')).toBe(before);
  });

  it('refuses a video page address where the player address is expected', async () => {
    const { status, body } = await post('videos', {
      title: 'Une vidéo',
      provider: 'youtube',
      embedUrl: 'https://www.youtube-nocookie.com/watch?v=abc',
      transcript,
    });
    expect(status).toBe(400);
    expect(body.error.message).toContain('adresse du lecteur intégrable');
  });

  it('refuses a video without a title', async () => {
    const { status, body } = await post('videos', {
      title: '   ',
      provider: 'peertube',
      embedUrl: 'https://tube.numerique.gouv.fr/videos/embed/abc',
      transcript,
    });
    expect(status).toBe(400);
    expect(body.error.message).toContain('Donnez un titre à la vidéo');
  });

  it('refuses a project call whose window closes before it opens', async () => {
    const before = await total('project-calls');
    const { status, body } = await post('project-calls', {
      title: 'Appel mal daté',
      slug: 'appel-mal-date',
      programme: 'BlueHats Semester of Code',
      summary: 'Résumé.',
      opensAt: '2026-03-10T09:00:00.000Z',
      closesAt: '2026-03-01T09:00:00.000Z',
    });
    expect(status).toBe(400);
    expect(body.error.details.errors?.[0]?.path).toEqual(['closesAt']);
    expect(body.error.message).toContain('La clôture des candidatures doit être postérieure à leur ouverture.');
    expect(await total('project-calls')).toBe(before);
  });

  it('refuses an image block without alternative text', async () => {
    const { status, body } = await post('pages', {
      title: 'Page illustrée',
      slug: 'page-illustree',
      body: [{ __component: 'blocks.image', image: 1, alt: '' }],
    });
    expect(status).toBe(400);
    expect(body.error.message).toContain('texte alternatif');
  });

  it('refuses a slug already taken', async () => {
    const existing = await fetch(`${cms.url}/api/tags?pagination[pageSize]=1`, { headers: { authorization: `Bearer ${writer}` } });
    const slug = ((await existing.json()) as { data: Array<{ slug: string }> }).data[0]?.slug;
    const { status, body } = await post('tags', { name: 'Un autre nom', slug });
    expect(status).toBe(400);
    expect(body.error.details.errors?.[0]?.path).toEqual(['slug']);
    expect(body.error.message).toContain(`L’adresse « ${slug} » est déjà utilisée`);
  });

  // Each line becomes a file path and an nginx map key at build time: these are the attacks.
  it.each([
    ['https://ancien-site.example/fr/blog/a/', 'sans « https:// »'],
    ['fr/blog/a/', 'commence par une barre oblique'],
    ['//evil.example/', 'deux barres obliques'],
    ['/fr/../../etc/passwd', '« . » et « .. »'],
    ['/fr\\blog', 'barre oblique inversée'],
    ['/fr/a";return;}', 'caractère non permis'],
    ['/fr/a b/', 'pas d’espace'],
    ['/fr/%22/', 'caractère non permis'],
    ['/fr/<script>/', 'caractère non permis'],
  ])('refuses the old address %s', async (line, message) => {
    const before = await total('pages');
    const { status, body } = await post('pages', {
      title: 'Page déplacée',
      slug: 'page-deplacee',
      body: [{ __component: 'blocks.highlight', text: 'Texte.' }],
      legacyPaths: `/fr/correct/\n${line}`,
    });
    expect(status).toBe(400);
    expect(body.error.details.errors?.[0]?.path).toEqual(['legacyPaths']);
    expect(body.error.message).toContain(message);
    expect(await total('pages')).toBe(before);
  });

  it('refuses an old section address that is not two paths, and keeps « Anciennes adresses des rubriques » as written otherwise', async () => {
    const put = async (sectionRedirects: string) => {
      const response = await fetch(`${cms.url}/api/site-setting`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${writer}` },
        body: JSON.stringify({ data: { sectionRedirects } }),
      });
      return { status: response.status, body: (await response.json()) as ErrorBody & { data: { sectionRedirects: string } } };
    };
    for (const [lines, message] of [
      ['/fr/blog/', 'écrivez l’ancienne adresse, une espace, puis l’adresse sur ce site'],
      ['/fr/blog/ /articles/ /tags/', 'écrivez l’ancienne adresse, une espace'],
      ['/fr/blog/ https://evil.example/', 'sans « https:// »'],
      ['/fr/a";return;} /articles/', 'caractère non permis'],
    ]) {
      const { status, body } = await put(`/feed/feed.xml /rss.xml\n${lines}`);
      expect(status, lines).toBe(400);
      expect(body.error.details.errors?.[0]?.path).toEqual(['sectionRedirects']);
      expect(body.error.message).toContain(message);
    }
    const saved = await put('/fr/blog/ /articles/\n\n/feed/feed.xml /rss.xml');
    expect(saved.status).toBe(200);
    expect(saved.body.data.sectionRedirects).toBe('/fr/blog/ /articles/\n\n/feed/feed.xml /rss.xml');
  });

  it('refuses an old address already listed by an entry of another type, naming it', async () => {
    const event = {
      title: 'Webinaire déménagé',
      slug: 'webinaire-demenage',
      kind: 'webinaire',
      summary: 'Résumé.',
      startsAt: '2026-03-10T09:00:00.000Z',
      durationMinutes: 60,
      onlineUrl: 'https://webinaire.numerique.gouv.fr/x',
      legacyPaths: '/fr/webinaires/demenage/\n/fr/webinaires/autre/',
    };
    expect((await post('events', event)).status).toBe(201);
    const { status, body } = await post('articles', {
      title: 'Article qui reprend l’adresse',
      slug: 'article-qui-reprend',
      description: 'Résumé.',
      date: '2026-03-11',
      body: [{ __component: 'blocks.highlight', text: 'Texte.' }],
      legacyPaths: '/fr/webinaires/demenage',
    });
    expect(status).toBe(400);
    expect(body.error.message).toContain('« /fr/webinaires/demenage » est déjà listée par « Webinaire déménagé »');
  });

  it('accepts a table block and old addresses, and gives them back', async () => {
    const { status } = await post('pages', {
      title: 'Page avec tableau',
      slug: 'page-avec-tableau',
      body: [{ __component: 'blocks.table', caption: 'Calendrier', rows: [{ cells: 'Mois\nÉtape' }, { cells: 'Mars\n' }] }],
      legacyPaths: '/fr/calendrier/\n\n/fr/caf%C3%A9/',
    });
    expect(status).toBe(201);
    const response = await fetch(
      `${cms.url}/api/pages?status=draft&filters[slug][$eq]=page-avec-tableau&populate[body][on][blocks.table][populate]=rows`,
      { headers: { authorization: `Bearer ${writer}` } },
    );
    const page = ((await response.json()) as { data: Array<{ legacyPaths: string; body: Array<Record<string, unknown>> }> }).data[0];
    expect(page?.legacyPaths).toBe('/fr/calendrier/\n\n/fr/caf%C3%A9/');
    expect(page?.body[0]).toMatchObject({ caption: 'Calendrier', firstRowIsHeader: true, firstColumnIsHeader: false, rows: [{ cells: 'Mois\nÉtape' }, { cells: 'Mars\n' }] });
  });
});
