import { describe, expect, it } from 'vitest';
import { describePageState, parisClock } from '../src/admin/public-state-text';
import type { Publication } from '../src/public-state/public-state-path';

const url = 'https://bluehats.example.gouv.fr/articles/un-article/';
const publication = (fields: Partial<Publication>): Publication => ({
  uid: 'api::article.article',
  documentId: 'a1',
  locale: 'fr',
  event: 'entry.publish',
  receivedAt: '2026-12-07T13:01:58.000Z',
  build: 3,
  state: 'live',
  ...fields,
});
const now = new Date('2026-12-07T16:00:00.000Z');

/** The sentences of the « Sur le site » panel and the « Dernières publications » block, from what the rebuild service answers. */
describe('the public state of a page, told to the editor', () => {
  it('gives the time in Paris time, « 14 h 02 », winter and summer, with the day when it is not today', () => {
    expect(parisClock('2026-12-07T13:02:00.000Z', now)).toBe('14 h 02');
    expect(parisClock('2026-07-01T07:05:00.000Z', new Date('2026-07-01T20:00:00.000Z'))).toBe('9 h 05');
    // 23:30 UTC on the 6th is 00:30 on the 7th in Paris: today.
    expect(parisClock('2026-12-06T23:30:00.000Z', now)).toBe('0 h 30');
    expect(parisClock('2026-12-03T13:02:00.000Z', now)).toBe('3 décembre 2026 à 14 h 02');
  });

  it('says online since when, with the link, once the build that took the publication is served', () => {
    expect(describePageState({ url, locale: 'fr', serviceAnswered: true, publication: publication({ liveAt: '2026-12-07T13:02:00.000Z' }) }, now)).toEqual({
      tone: 'success',
      text: 'En ligne depuis 14 h 02',
      url,
    });
  });

  it('says the publication or the removal is under way, without a link to a page not yet changed', () => {
    for (const state of ['queued', 'building'] as const) {
      expect(describePageState({ url, locale: 'fr', serviceAnswered: true, publication: publication({ state }) }, now)).toMatchObject({ text: 'Mise en ligne en cours…', url: null });
      expect(describePageState({ url: null, locale: 'fr', serviceAnswered: true, publication: publication({ state, event: 'entry.unpublish' }) }, now).text).toBe('Retrait du site en cours…');
    }
  });

  it('tells a failure with its reason and that the previous version stays online', () => {
    const failed = publication({ state: 'failed', failedAt: '2026-12-07T13:02:00.000Z', reason: 'Le CMS ne répond pas' });
    expect(describePageState({ url, locale: 'fr', serviceAnswered: true, publication: failed }, now)).toEqual({
      tone: 'danger',
      text: 'Échec de la mise en ligne : Le CMS ne répond pas, le site garde la version précédente.',
      url: null,
    });
  });

  it('says removed since when after an unpublication, not online when never published, and unknown when the service is silent', () => {
    expect(describePageState({ url: null, locale: 'fr', serviceAnswered: true, publication: publication({ event: 'entry.unpublish', liveAt: '2026-12-07T13:05:00.000Z' }) }, now).text).toBe('Retirée du site depuis 14 h 05');
    expect(describePageState({ url: null, locale: 'fr', serviceAnswered: true, publication: null }, now).text).toBe('Pas en ligne : cette entrée n’est pas publiée.');
    expect(describePageState({ url, locale: 'fr', serviceAnswered: true, publication: null }, now)).toEqual({ tone: 'success', text: 'En ligne', url });
    expect(describePageState({ url, locale: 'fr', serviceAnswered: false, publication: null }, now)).toMatchObject({ tone: 'neutral', url });
  });

  it('names the language version on a translation’s edit view, in French words, never its code', () => {
    const english = 'https://bluehats.example.gouv.fr/en/articles/an-article/';
    expect(describePageState({ url: null, locale: 'en', serviceAnswered: true, publication: null }, now)).toEqual({
      tone: 'neutral',
      text: 'Pas en ligne : la version anglaise n’est pas publiée.',
      url: null,
    });
    expect(describePageState({ url: english, locale: 'en', serviceAnswered: true, publication: publication({ locale: 'en', liveAt: '2026-12-07T13:02:00.000Z' }) }, now)).toEqual({
      tone: 'success',
      text: 'En ligne depuis 14 h 02',
      url: english,
    });
  });
});
