import { copyFile, link, mkdir } from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';

// Folders in hand at once: enough to keep libuv's threads busy, few enough for the pages rendering meanwhile.
const FOLDERS_AT_ONCE = 16;

/**
 * Puts files of the previous output into the next one as hard links: thousands of kept pages cost
 * no copy (a copy where links are refused). Asynchronous, folder by folder: the renderer starts it
 * before rendering, and libuv's threads make the 20,000 links of a 10,000-article site on another
 * core while the pages render (synchronous calls were faster alone, 0.4 s, but held the process).
 * Each file of the plan is rendered or kept, never both (plan-files.ts), and a rendered page is written
 * only where no file is (write-output.ts): a page is never written through a link into the output online.
 */
export const linkFiles = async (from: string, to: string, files: readonly string[]): Promise<void> => {
  const byFolder = new Map<string, string[]>();
  for (const file of files) {
    const folder = path.dirname(file);
    const same = byFolder.get(folder);
    if (same) same.push(file);
    else byFolder.set(folder, [file]);
  }
  const limit = pLimit(FOLDERS_AT_ONCE);
  await Promise.all(
    [...byFolder].map(([folder, inFolder]) =>
      limit(async () => {
        await mkdir(path.join(to, folder), { recursive: true });
        for (const file of inFolder) {
          await link(path.join(from, file), path.join(to, file)).catch(async (error: NodeJS.ErrnoException) => {
            // Links refused (another file system): a copy.
            if (error.code !== 'EEXIST') await copyFile(path.join(from, file), path.join(to, file));
          });
        }
      }),
    ),
  );
};
