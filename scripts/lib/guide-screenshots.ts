import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * What `npm run screenshots:guide` records beside the editors' guide's images, and what
 * scripts/test/guide-screenshots.test.ts checks: the guide names images that exist, were made by the
 * script (their hash is in the record), and from the admin as it is now (the sources the
 * screenshots show have the hash recorded when they were taken). Git sets a checkout's file dates,
 * so dates could not tell an old screenshot from a new one.
 */

export const guideFile = 'docs/guide-redaction.md';
export const imagesDir = 'docs/images';
export const recordFile = 'docs/images/guide-screenshots.json';

export type ScreenshotRecord = { sources: string; images: Record<string, string> };

const hashOf = (content: string | Buffer): string => createHash('sha256').update(content).digest('hex');

const filesUnder = (root: string, dir: string, keep: (file: string) => boolean): string[] =>
  readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .map((file) => path.join(dir, file))
    .filter(keep);

/** The sources of what the screenshots show: the admin's code and strings, the fields' labels, the script itself. */
export const shownSources = (root: string): string[] =>
  [
    ...filesUnder(root, 'apps/cms/src/admin', (file) => /\.(ts|tsx)$/.test(file)),
    ...filesUnder(root, 'apps/cms/src/api', (file) => file.endsWith('labels.ts')),
    'apps/cms/src/bootstrap/editor-labels.data.ts',
    'scripts/editor-guide-screenshots.ts',
  ].sort();

export const sourcesHash = (root: string): string =>
  hashOf(shownSources(root).map((file) => `${file}\n${hashOf(readFileSync(path.join(root, file)))}`).join('\n'));

export const imageHash = (root: string, name: string): string => hashOf(readFileSync(path.join(root, imagesDir, name)));

/** The images the guide shows (`![…](images/<name>.png)`). */
export const imagesInGuide = (root: string): string[] =>
  [...new Set([...readFileSync(path.join(root, guideFile), 'utf8').matchAll(/\]\(images\/([^)\s]+\.png)\)/g)].map((match) => match[1] ?? ''))].sort();
