/**
 * The ways a caller of the content API can ask for drafts (issue 27): spellings of `status` that
 * Strapi's `{ status: 'published', ...query }` lets through, the v4 and v5 publication parameters,
 * and filters on publishedAt. rest-api.test.ts sends each of them to every collection with the
 * build's token.
 */
export const draftQueries = [
  'status=',
  'status',
  'status=draft',
  'status=DRAFT',
  'status=%20draft',
  'status=null',
  'status[]=draft',
  'status[0]=draft',
  'status[x]=draft',
  'status=published&status=draft',
  'publicationState=preview',
  'publicationState=preview&status=',
  'hasPublishedVersion=false',
  'hasPublishedVersion=false&status=',
  'publicationFilter=never-published',
  'publicationFilter=never-published&status=',
  'filters[publishedAt][$null]=true',
  'filters[publishedAt][$null]=true&status=',
  'filters[$or][0][publishedAt][$null]=true&filters[$or][1][publishedAt][$notNull]=true',
  'populate=*&status=',
];

/** What of a content-API answer is not published: versions without publishedAt, and the documents known to be drafts only. */
export const unpublishedIn = (body: unknown, draftOnly: ReadonlySet<string>, marker: string): string[] => {
  const found: string[] = [];
  const visit = (value: unknown, where: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, `${where}[${index}]`));
      return;
    }
    if (!value || typeof value !== 'object') {
      if (typeof value === 'string' && value.includes(marker)) found.push(`${where}: « ${value} »`);
      return;
    }
    const record = value as Record<string, unknown>;
    if ('publishedAt' in record && record.publishedAt === null) found.push(`${where}: publishedAt null`);
    if (typeof record.documentId === 'string' && draftOnly.has(record.documentId)) found.push(`${where}: brouillon ${record.documentId}`);
    for (const [key, inner] of Object.entries(record)) visit(inner, `${where}.${key}`);
  };
  visit(body, '');
  return found;
};
