import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Each page of a built site's search index as Pagefind stored it (its fragments are gzipped JSON, one per page): its URL and its text. */
export const searchFragments = (outDir: string): Array<{ url: string; text: string }> => {
  const fragments = path.join(outDir, 'pagefind', 'fragment');
  return readdirSync(fragments).map((file) => {
    const text = gunzipSync(readFileSync(path.join(fragments, file))).toString('utf8');
    return { url: (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url, text };
  });
};
