/** The dates a Strapi entry carries of its last change. */
export type Dated = { updatedAt?: unknown; publishedAt?: unknown };

/**
 * When an entry last changed, as the CMS sees it: publishing copies the draft, whose updatedAt may be
 * older than the publication, so the later of the two dates ('' when it has neither). ISO dates
 * of one server compare as strings.
 */
export const lastEdit = (entry: Dated): string =>
  [entry.updatedAt, entry.publishedAt].reduce<string>((latest, date) => (typeof date === 'string' && date > latest ? date : latest), '');
