import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { LimitFunction } from 'p-limit';
import type { RenderServer } from '../astro/render-server';
import { applyFrameEdits, frameEdits, leftOver, linkedAddresses, prepareEdits, type PreparedEdits } from './frame-edits';
import type { RouteFile } from './route-files';

/**
 * Puts each of `files` (pages of the output `base` whose frame only may have changed, plan-files.ts)
 * in its new frame, into `pages`; says how many were edited, the others being rendered whole.
 * Nothing is assumed, per route (its pages share their code): its first page is rendered whole and
 * gives the edits (frame-edits.ts); its last one is rendered whole too, and must come out of the
 * same edits byte for byte, or the whole route is rendered (a route whose pages show the change in
 * their own content: the home page shows the tagline). A page is rendered whole when an edit is not
 * found in it, when it keeps text an edit removed, or when it is at or under an address an edit
 * links to (it may mark that link as its own).
 */
export const framePages = async (
  { server, base, routes, limit }: { server: Pick<RenderServer, 'render'>; base: string; routes: ReadonlyMap<string, RouteFile>; limit: LimitFunction },
  files: readonly string[],
  pages: Map<string, Buffer>,
): Promise<number> => {
  const addressOf = (file: string): string => routes.get(file)?.address ?? `/${file}`;
  const served = (file: string): Buffer => readFileSync(path.join(base, file));
  const whole = async (file: string): Promise<Buffer> => {
    const page = await server.render(addressOf(file));
    pages.set(file, page);
    return page;
  };
  const edited = (file: string, edits: PreparedEdits, linked: readonly string[]): Buffer | null => {
    if (linked.some((address) => addressOf(file).startsWith(address))) return null;
    const page = applyFrameEdits(served(file), edits);
    return page === null || leftOver(page, edits) ? null : page;
  };

  const byRoute = new Map<string, string[]>();
  for (const file of files) {
    const pattern = routes.get(file)?.pattern ?? file;
    const same = byRoute.get(pattern);
    if (same) same.push(file);
    else byRoute.set(pattern, [file]);
  }
  let count = 0;
  await Promise.all(
    [...byRoute.values()].map(async (route) => {
      const [first, ...others] = route;
      const last = others.pop();
      if (!first) return;
      const [rendered, check] = await Promise.all([limit(() => whole(first)), last ? limit(() => whole(last)) : null]);
      const read = frameEdits(served(first).toString('utf8'), rendered.toString('utf8'));
      const linked = read ? linkedAddresses(read) : [];
      const edits = read ? prepareEdits(read) : null;
      const holds = edits !== null && (!last || !check || edited(last, edits, linked)?.equals(check) === true);
      await Promise.all(
        others.map((file) => {
          const page = holds && edits ? edited(file, edits, linked) : null;
          if (!page) return limit(() => whole(file));
          pages.set(file, page);
          count += 1;
          return undefined;
        }),
      );
    }),
  );
  return count;
};
