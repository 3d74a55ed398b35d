import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '@bluehats/testkit';
import { imageHash, imagesDir, imagesInGuide, recordFile, sourcesHash, type ScreenshotRecord } from '../lib/guide-screenshots';

const record = (): ScreenshotRecord => JSON.parse(readFileSync(path.join(repoRoot, recordFile), 'utf8')) as ScreenshotRecord;

describe('the editors’ guide’s screenshots', () => {
  it('exist for each image the guide names', () => {
    expect(imagesInGuide(repoRoot).filter((name) => !existsSync(path.join(repoRoot, imagesDir, name)))).toEqual([]);
  });

  it('were each taken by npm run screenshots:guide, and from the admin as it is now', () => {
    const { sources, images } = record();
    expect(imagesInGuide(repoRoot).filter((name) => images[name] !== imageHash(repoRoot, name)), 'captures absentes du relevé ou modifiées à la main').toEqual([]);
    expect(sources, 'l’administration a changé depuis les captures : relancez npm run screenshots:guide').toBe(sourcesHash(repoRoot));
  });
});
