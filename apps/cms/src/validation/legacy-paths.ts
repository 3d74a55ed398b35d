import type { Core } from '@strapi/strapi';
import type { FieldProblem } from './rules';

type Data = Record<string, unknown>;

/**
 * The « Anciennes adresses » field: one path of the old site per line, each turned by the site
 * build into a redirect (`_redirects`, an nginx map, a static page at that path). The characters
 * allowed are those that need no quoting in any of the three: a path that could break out of the
 * nginx map or the HTML of the redirect page is refused here rather than escaped there.
 */
const field = 'legacyPaths';

// Letters and digits of any script, the URL-safe punctuation, and percent-encoded non-ASCII bytes
// only (%C3%A9): an encoded ASCII character (%22, %20) would decode to something unsafe.
const segmentPattern = /^(?:[\p{L}\p{N}\p{M}\-._~!*+,=:@()&]|%[89A-Fa-f][0-9A-Fa-f])*$/u;

export const legacyPathLines = (value: unknown): string[] =>
  typeof value === 'string'
    ? value
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '')
    : [];

/** What is wrong with one line, in French, or null when it is a usable path. */
export const legacyPathProblem = (line: string): string | null => {
  if (/^[a-z][a-z0-9+.-]*:/i.test(line)) return `« ${line} » : indiquez seulement le chemin, sans « https:// » ni le nom du site.`;
  if (!line.startsWith('/')) return `« ${line} » : un chemin commence par une barre oblique « / ».`;
  if (line.includes('//')) return `« ${line} » : deux barres obliques de suite ne sont pas permises.`;
  if (line.includes('\\')) return `« ${line} » : la barre oblique inversée « \\ » n’est pas permise.`;
  if (/\s/.test(line)) return `« ${line} » : un chemin ne contient pas d’espace.`;
  const segments = line.slice(1).split('/');
  if (segments.some((segment) => segment === '..' || segment === '.')) return `« ${line} » : les segments « . » et « .. » ne sont pas permis.`;
  const bad = segments.find((segment) => !segmentPattern.test(segment));
  if (bad !== undefined) {
    return `« ${line} » : caractère non permis ; seuls les lettres, chiffres et - . _ ~ ! * + , = : @ ( ) & sont acceptés, sans « ? » ni « # ».`;
  }
  try {
    decodeURI(line);
  } catch {
    return `« ${line} » : un code « %… » ne correspond à aucun caractère.`;
  }
  return null;
};

// "/fr/a/" and "/fr/a" are the same page for a static host, and so is their encoded form.
const comparable = (line: string): string => {
  const decoded = decodeURI(line);
  return decoded.length > 1 ? decoded.replace(/\/+$/, '') : decoded;
};

type Owner = { uid: string; documentId: string; title: string; paths: string[] };

const ownersOf = async (strapi: Core.Strapi, lines: string[], exceptDocumentId: string | undefined): Promise<Owner[]> => {
  const uids = Object.entries(strapi.contentTypes)
    .filter(([, contentType]) => field in contentType.attributes)
    .map(([uid]) => uid as Parameters<typeof strapi.db.query>[0]);
  const owners = await Promise.all(
    uids.map(async (uid) => {
      // A substring match narrows the rows; the exact comparison is made below, line by line.
      const rows: Data[] = await strapi.db.query(uid).findMany({
        select: ['documentId', 'title', field],
        where: {
          $or: lines.flatMap((line) => [line.replace(/\/+$/, ''), comparable(line)].map((text) => ({ [field]: { $contains: text } }))),
          ...(exceptDocumentId ? { documentId: { $ne: exceptDocumentId } } : {}),
        },
      });
      return rows.map((row) => ({
        uid,
        documentId: String(row.documentId),
        title: String(row.title ?? row.documentId),
        paths: legacyPathLines(row[field]),
      }));
    }),
  );
  return owners.flat();
};

/** Problems of the « Anciennes adresses » of an entry about to be saved. */
export const legacyPathProblems = async (
  strapi: Core.Strapi,
  uid: string,
  data: Data,
  documentId: string | undefined,
): Promise<FieldProblem[]> => {
  const attributes = strapi.contentType(uid as Parameters<typeof strapi.contentType>[0])?.attributes ?? {};
  if (!(field in attributes)) return [];
  const lines = legacyPathLines(data[field]);
  const malformed = lines.map(legacyPathProblem).filter((problem): problem is string => problem !== null);
  if (malformed.length > 0) return malformed.map((message) => ({ path: [field], message }));
  if (lines.length === 0) return [];
  const owners = await ownersOf(strapi, lines, documentId);
  return lines.flatMap((line): FieldProblem[] => {
    const owner = owners.find((candidate) => candidate.paths.some((path) => comparable(path) === comparable(line)));
    return owner
      ? [{ path: [field], message: `L’ancienne adresse « ${line} » est déjà listée par « ${owner.title} » : une adresse ne peut renvoyer que vers une seule entrée.` }]
      : [];
  });
};
