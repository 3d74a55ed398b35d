import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBoundaryScheduler, createRebuilder, outputFolders, readBoundaries, type OutputFolders } from '@bluehats/rebuild-service';
import { buildSite, fakeClock, type FakeClock } from '@bluehats/testkit';
import { AUTUMN, SPRING, call, repeatedHour, scheduledArticle, springNight, summerEvent, timeContent } from './fixtures/time-content';
// Pages show titles with French typography (src/middleware.ts): « Appel à communs : … » with a no-break space.
import { frenchTypography as shown } from '../src/lib/typography';

const HOUR = 3_600_000;
const at = (iso: string, ms = 0): string => new Date(new Date(iso).getTime() + ms).toISOString();

/**
 * The site as the rebuild service serves it while a fake clock crosses both changes of time of
 * 2026. Nobody publishes anything: each new status must come from the rebuild the service
 * schedules at the boundary the previous build announced, built with the clock's time.
 */
describe('statuses that move with the clock, served by the rebuild service', () => {
  let work: string;
  let folders: OutputFolders;
  let clock: FakeClock;
  let rebuilder: ReturnType<typeof createRebuilder>;
  let scheduler: ReturnType<typeof createBoundaryScheduler>;
  const builtAt: string[] = [];
  /** The first build's calendars, kept for the iCalendar checks. */
  let firstBuild = '';

  const served = (route: string): HTMLElement | null => {
    const file = path.join(folders.current() ?? '', route, 'index.html');
    return existsSync(file) ? parse(readFileSync(file, 'utf8')) : null;
  };
  const badge = (route: string): string | undefined => served(route)?.querySelector('article .fr-badge')?.text.trim();
  const button = (route: string, label: string): boolean =>
    (served(route)?.querySelectorAll('a.fr-btn') ?? []).some((a) => a.text.includes(label));
  const section = (id: string): string => served('/evenements/')?.querySelector(`section[aria-labelledby="${id}"]`)?.text ?? '';
  const callGroup = (title: string): string =>
    served('/appels-a-projets/')?.querySelectorAll('section').find((s) => s.querySelector('h2')?.text === title)?.text ?? '';

  const callPage = `/appels-a-projets/${call.slug}/`;
  const summerPage = `/evenements/${summerEvent.slug}/`;
  const springPage = `/evenements/${springNight.slug}/`;
  const repeatedPage = `/evenements/${repeatedHour.slug}/`;
  const articlePage = `/articles/${scheduledArticle.slug}/`;

  beforeAll(async () => {
    work = mkdtempSync(path.join(os.tmpdir(), 'bluehats-horloge-'));
    const snapshot = path.join(work, 'contenu.json');
    writeFileSync(snapshot, JSON.stringify(timeContent));
    folders = outputFolders(path.join(work, 'sites'), 1);
    clock = fakeClock(at(SPRING, -1000));
    rebuilder = createRebuilder({
      folders,
      debounceMs: 0,
      setTimer: clock.setTimer,
      clearTimer: clock.clearTimer,
      log: () => undefined,
      onBuilt: () => scheduler.reschedule(),
      build: async (dir) => {
        const now = new Date(clock.now()).toISOString();
        const result = await buildSite({
          strapiUrl: 'http://127.0.0.1:9',
          token: '',
          outDir: dir,
          env: { CONTENT_SNAPSHOT: snapshot, BUILD_NOW: now, ASTRO_CACHE_DIR: path.join(work, `cache-${builtAt.length}`) },
        });
        if (result.code !== 0) throw new Error(`astro build a échoué à ${now} :\n${result.output}`);
        builtAt.push(now);
      },
    });
    scheduler = createBoundaryScheduler({ trigger: rebuilder.trigger, boundaries: () => readBoundaries(folders.current()), clock, log: () => undefined });
    await rebuilder.buildNow('démarrage');
    firstBuild = mkdtempSync(path.join(os.tmpdir(), 'bluehats-ics-'));
    for (const name of ['evenements.ics', `evenements/${repeatedHour.slug}.ics`]) {
      writeFileSync(path.join(firstBuild, path.basename(name)), readFileSync(path.join(folders.current() ?? '', name)));
    }
  });
  afterAll(() => {
    scheduler?.stop();
    rmSync(work, { recursive: true, force: true });
    if (firstBuild) rmSync(firstBuild, { recursive: true, force: true });
  });

  it('one second before summer time: the call and the summer event are to come, the article is not online', () => {
    expect(rebuilder.status().last?.ok, rebuilder.status().last && !rebuilder.status().last?.ok ? String((rebuilder.status().last as { error?: string }).error) : '').toBe(true);
    expect(builtAt).toEqual([at(SPRING, -1000)]);
    expect(badge(callPage)).toBe('À venir');
    expect(button(callPage, 'Candidater')).toBe(false);
    expect(callGroup('À venir')).toContain(shown(call.title));
    expect(badge(summerPage)).toBe('À venir');
    expect(button(summerPage, 'S’inscrire')).toBe(true);
    expect(badge(springPage)).toBe('En cours');
    expect(badge(repeatedPage)).toBe('À venir');
    expect(section('a-venir')).toContain(shown(summerEvent.title));
    expect(section('a-venir')).toContain(shown(springNight.title));
    expect(served(articlePage)).toBeNull();
    expect(served('/articles/')?.text).not.toContain(shown(scheduledArticle.title));
    expect(served('/plan-du-site/')?.text).not.toContain(shown(scheduledArticle.title));
  });

  it('writes every date in a <time> element, in French and Paris time, on both sides of each change', () => {
    const times = (route: string) => (served(route)?.querySelectorAll('main time') ?? []).map((t) => [t.getAttribute('datetime'), t.text]);
    expect(times(callPage)).toEqual(
      expect.arrayContaining([
        [SPRING, '29 mars 2026 à 3 h'],
        [AUTUMN, '25 octobre 2026 à 2 h'],
      ]),
    );
    // 01:30 in winter time to 03:00 in summer time is half an hour.
    expect(times(springPage)).toEqual([
      ['2026-03-29', 'dimanche 29 mars 2026'],
      [at(SPRING, -HOUR / 2), '1 h 30'],
      [SPRING, '3 h'],
      ['PT30M', '30 min'],
    ]);
    // The repeated hour: 02:00 summer time to 02:00 winter time is one hour.
    expect(times(repeatedPage)).toEqual([
      ['2026-10-25', 'dimanche 25 octobre 2026'],
      [at(AUTUMN, -HOUR), '2 h'],
      [AUTUMN, '2 h'],
      ['PT1H', '1 h'],
    ]);
    expect(times(summerPage).map(([, label]) => label)).toEqual(['29 mars 2026 à 3 h', '25 octobre 2026 à 2 h', '210 jours']);
  });

  it('announces the nearest boundary and waits for it, without rebuilding before', async () => {
    const announced = JSON.parse(readFileSync(path.join(folders.current() ?? '', 'echeances.json'), 'utf8')) as { next: string };
    expect(announced.next).toBe(SPRING);
    expect(scheduler.next()?.at).toBe(SPRING);
    expect(clock.pending()).toEqual([SPRING]);
    await clock.advanceTo(at(SPRING, -1), () => rebuilder.idle());
    expect(builtAt).toHaveLength(1);
  });

  it('at the first instant of summer time: rebuilt by itself, the call is open, the event under way, the article online', async () => {
    await clock.advanceTo(SPRING, () => rebuilder.idle());
    expect(builtAt).toEqual([at(SPRING, -1000), SPRING]);
    expect(badge(callPage)).toBe('Ouvert');
    expect(button(callPage, 'Candidater')).toBe(true);
    expect(callGroup('Candidatures ouvertes')).toContain(shown(call.title));
    expect(badge(summerPage)).toBe('En cours');
    expect(button(summerPage, 'S’inscrire')).toBe(false);
    expect(badge(springPage)).toBe('Passé');
    expect(section('passes')).toContain(shown(springNight.title));
    expect(served(articlePage)?.querySelector('h1')?.text.trim()).toBe(shown(scheduledArticle.title));
    expect(served('/articles/')?.text).toContain(shown(scheduledArticle.title));
    // Next: the repeated hour starts, seven months later (longer than one timer can wait).
    expect(scheduler.next()?.at).toBe(at(AUTUMN, -HOUR));
  });

  it('one second before winter time: still open and under way, the repeated hour has started', async () => {
    await clock.advanceTo(at(AUTUMN, -1000), () => rebuilder.idle());
    expect(builtAt).toEqual([at(SPRING, -1000), SPRING, at(AUTUMN, -HOUR)]);
    expect(badge(callPage)).toBe('Ouvert');
    expect(badge(summerPage)).toBe('En cours');
    expect(badge(repeatedPage)).toBe('En cours');
    expect(served(articlePage)).not.toBeNull();
    expect(scheduler.next()?.at).toBe(AUTUMN);
  });

  it('at the first instant of winter time: the call is closed, the events are past, the article is offline', async () => {
    await clock.advanceTo(AUTUMN, () => rebuilder.idle());
    expect(builtAt.at(-1)).toBe(AUTUMN);
    expect(badge(callPage)).toBe('Clos');
    expect(button(callPage, 'Candidater')).toBe(false);
    expect(callGroup('Appels clos')).toContain(shown(call.title));
    for (const page of [summerPage, springPage, repeatedPage]) expect(badge(page), page).toBe('Passé');
    expect(section('a-venir')).toContain('Aucun événement');
    expect(served(articlePage)).toBeNull();
    expect(served('/articles/')?.text).not.toContain(shown(scheduledArticle.title));
    expect(scheduler.next()).toBeNull();
    expect(clock.pending()).toEqual([]);
  });

  it('writes calendars that ical.js reads back with the right instants and Paris local times', () => {
    const feed = new ICAL.Component(ICAL.parse(readFileSync(path.join(firstBuild, 'evenements.ics'), 'utf8')));
    const zone = new ICAL.Timezone(feed.getFirstSubcomponent('vtimezone') as ICAL.Component);
    const events = feed.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    // How each time is written: Paris local time with its zone, or UTC for the repeated hour of
    // 25 October, whose local times name two instants (parsers disagree on which one they mean).
    const paris = (local: string) => ({ zone: 'Europe/Paris', local });
    const utc = (local: string) => ({ zone: 'UTC', local });
    const expected = [
      { event: summerEvent, start: SPRING, end: AUTUMN, written: [paris('2026-03-29T03:00:00'), utc('2026-10-25T01:00:00Z')] },
      { event: springNight, start: at(SPRING, -HOUR / 2), end: SPRING, written: [paris('2026-03-29T01:30:00'), paris('2026-03-29T03:00:00')] },
      { event: repeatedHour, start: at(AUTUMN, -HOUR), end: AUTUMN, written: [utc('2026-10-25T00:00:00Z'), utc('2026-10-25T01:00:00Z')] },
    ];
    expect(events).toHaveLength(expected.length);
    for (const { event, start, end, written } of expected) {
      const parsed = events.find((e) => e.summary === event.title);
      expect(parsed, event.title).toBeDefined();
      // The instants a calendar application imports, whatever its own time zone.
      expect(parsed?.startDate.toJSDate().toISOString(), event.title).toBe(start);
      expect(parsed?.endDate.toJSDate().toISOString(), event.title).toBe(end);
      const form = [parsed?.startDate, parsed?.endDate].map((t) => ({ zone: t?.zone?.tzid === 'Europe/Paris' ? 'Europe/Paris' : 'UTC', local: t?.toString() }));
      expect(form, event.title).toEqual(written);
      expect(parsed?.uid).toBe(`${event.documentId}@bluehats.example.gouv.fr`);
    }
    // The VTIMEZONE read by ical.js gives the Paris offsets on both sides of each change (around the
    // repeated hour, whose local times are ambiguous by nature).
    for (const [instant, offset] of [[at(SPRING, -1000), 3600], [SPRING, 7200], [at(AUTUMN, -HOUR - 1000), 7200], [at(AUTUMN, HOUR), 3600]] as const) {
      expect(zone.utcOffset(ICAL.Time.fromJSDate(new Date(instant), true).convertToZone(zone)), instant).toBe(offset);
    }
    const single = new ICAL.Component(ICAL.parse(readFileSync(path.join(firstBuild, `${repeatedHour.slug}.ics`), 'utf8')));
    expect(single.getAllSubcomponents('vevent')).toHaveLength(1);
    expect(single.getFirstSubcomponent('vevent')?.getFirstPropertyValue('location')).toBe(repeatedHour.place);
  });
});
