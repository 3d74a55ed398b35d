import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '@bluehats/testkit';
import { FIXED_SHARP, heifDecoderFixed } from '../src/uploads/image-decoders';
import { uploadableFiles } from '../src/uploads/uploadable-files';

type Lockfile = { packages: Record<string, { version?: string }> };

/** Every copy of sharp the lockfile installs (root, or nested under Astro, Strapi…), with its version. */
const lockedSharps = (): Array<[string, string]> => {
  const lock = JSON.parse(readFileSync(path.join(repoRoot, 'package-lock.json'), 'utf8')) as Lockfile;
  return Object.entries(lock.packages)
    .filter(([location]) => location === 'node_modules/sharp' || location.endsWith('/node_modules/sharp'))
    .map(([location, entry]) => [location, entry.version ?? '']);
};

describe('image decoders fixed against crafted HEIF/AVIF (sharp ≥ 0.35.4)', () => {
  it('installs no copy of sharp below the fixed version', () => {
    const copies = lockedSharps();
    expect(copies.length).toBeGreaterThan(0);
    for (const [location, version] of copies) expect(semver.gte(version, FIXED_SHARP), `${location} ${version}`).toBe(true);
  });

  it('loads a fixed sharp in the CMS and in Astro’s image service', () => {
    const fromAstro = createRequire(path.join(repoRoot, 'node_modules/astro/package.json'))('sharp') as { versions: { sharp?: string } };
    expect(heifDecoderFixed()).toBe(true);
    expect(heifDecoderFixed(fromAstro.versions.sharp)).toBe(true);
    expect(heifDecoderFixed('0.35.3')).toBe(false);
    expect(heifDecoderFixed('0.34.5')).toBe(false);
  });

  it('takes AVIF only with a fixed sharp, and never HEIF/HEIC', () => {
    expect(uploadableFiles(true)['.avif']).toBe('image/avif');
    expect(uploadableFiles(false)['.avif']).toBeUndefined();
    for (const fixed of [true, false]) {
      expect(Object.keys(uploadableFiles(fixed))).not.toContain('.heic');
      expect(Object.keys(uploadableFiles(fixed))).not.toContain('.heif');
    }
  });
});
