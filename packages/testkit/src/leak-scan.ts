import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, inflateSync } from 'node:zlib';
import { listFiles } from './site-build.js';

/**
 * The bytes a reader of the file can get: gzip and zlib streams (Pagefind's index, fragments and
 * filters) are decompressed, since a secret inside them is published all the same.
 */
export const readableBytes = (file: string): Buffer => {
  const raw = readFileSync(file);
  try {
    if (raw[0] === 0x1f && raw[1] === 0x8b) return gunzipSync(raw);
    if (raw[0] === 0x78 && [0x01, 0x5e, 0x9c, 0xda].includes(raw[1] ?? 0)) return inflateSync(raw);
  } catch {
    // not compressed after all: the raw bytes are what is served
  }
  return raw;
};

/** Every "file: what" where a value shows in a folder, as written or percent-encoded (as in a URL). */
export const leaksIn = (dir: string, values: Record<string, string>): string[] => {
  const wanted = Object.entries(values).filter(([, value]) => value.length >= 8);
  return listFiles(dir).flatMap((file) => {
    const bytes = readableBytes(path.join(dir, file));
    return wanted
      .filter(([, value]) => bytes.includes(value) || bytes.includes(encodeURIComponent(value)))
      .map(([what]) => `${file} : ${what}`);
  });
};
