import semver from 'semver';
import sharp from 'sharp';

/**
 * First sharp release whose bundled libheif (1.23.2 and later) is fixed against crafted HEIF/AVIF
 * input (GHSA-rgj7-g3m4-5g8c; Astro's image service, which uses the same sharp, GHSA-26w7-cxv4-gfx2).
 * The root package.json's npm override brings every copy to it; a test reads the lockfile against it.
 */
export const FIXED_SHARP = '0.35.4';

/** Whether the sharp this process loaded may decode HEIF-family images (AVIF) from editors' uploads. */
export const heifDecoderFixed = (version: string | undefined = sharp.versions.sharp): boolean =>
  version !== undefined && semver.valid(version) !== null && semver.gte(version, FIXED_SHARP);
