import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { ImportError } from './errors';

/** Larger than any page of the old site by far; a bigger file is a mistake or an attack, not content. */
export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

const isInside = (root: string, target: string): boolean => {
  const relative = path.relative(root, target);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
};

/** The deepest folder holding every argument: a file's identity is its path from there. */
export const commonRoot = (targets: string[]): string => {
  const folders = targets.map((t) => {
    const absolute = path.resolve(t);
    return statSync(absolute).isDirectory() ? absolute : path.dirname(absolute);
  });
  const [first = [], ...rest] = folders.map((f) => f.split(path.sep));
  let length = 0;
  while (length < first.length && rest.every((parts) => parts[length] === first[length])) length += 1;
  return first.slice(0, length).join(path.sep) || path.sep;
};

/**
 * Reads a file of the old site only if it really is inside the site root (a symbolic link that
 * leads out of it is refused), is a regular file (a device or a named pipe would block or leak)
 * and is not larger than the limit: the importer may be run on a folder someone else prepared.
 */
export const readInsideSite = (siteRoot: string, absolutePath: string, shown: string, maxBytes: number, field?: string): Buffer => {
  let real: string;
  try {
    real = realpathSync(absolutePath);
  } catch {
    throw new ImportError(shown, 'fichier introuvable.', field);
  }
  if (!isInside(realpathSync(siteRoot), real)) {
    throw new ImportError(shown, `ce fichier mène hors de la racine du site (${siteRoot}) : il n’est pas lu.`, field);
  }
  const stat = statSync(real);
  if (!stat.isFile()) throw new ImportError(shown, 'ce n’est pas un fichier ordinaire (périphérique, tube ou dossier) : il n’est pas lu.', field);
  if (stat.size > maxBytes) {
    throw new ImportError(shown, `fichier trop gros (${stat.size} octets, limite ${maxBytes}) : il n’est pas lu.`, field);
  }
  return readFileSync(real);
};

/** Markdown files under each target, in a stable order; symbolic links to folders are not followed. */
export const markdownFiles = (siteRoot: string, targets: string[]): string[] => {
  const walk = (target: string): string[] => {
    const stat = lstatSync(target);
    if (stat.isDirectory()) {
      return readdirSync(target)
        .sort()
        .flatMap((name) => (name.startsWith('.') || name === 'node_modules' ? [] : walk(path.join(target, name))));
    }
    return /\.(md|markdown)$/i.test(target) && !stat.isDirectory() ? [target] : [];
  };
  return targets.flatMap((target) => {
    const absolute = path.resolve(target);
    if (!isInside(path.resolve(siteRoot), absolute)) {
      throw new ImportError(target, `hors de la racine du site (${siteRoot}) : donnez une racine (--site-root) qui contient tous les dossiers importés.`);
    }
    return walk(absolute);
  });
};
