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
 * found in it, or when it keeps text an edit removed. Pages at or under an address the edits link
 * to may draw that link as their own (a new menu item, `aria-current`): they make a group of their
 * own, whose edits are read from one of them, and checked on another, the same way.
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
  const edited = (file: string, edits: PreparedEdits): Buffer | null => {
    const page = applyFrameEdits(served(file), edits);
    return page === null || leftOver(page, edits) ? null : page;
  };

  let count = 0;
  const frameGroup = async (group: readonly string[]): Promise<void> => {
    const [first, ...rest] = group;
    if (!first) return;
    const read = frameEdits(served(first).toString('utf8'), (await limit(() => whole(first))).toString('utf8'));
    if (!read) {
      await Promise.all(rest.map((file) => limit(() => whole(file))));
      return;
    }
    const linked = linkedAddresses(read);
    const under = (file: string): boolean => linked.some((address) => addressOf(file).startsWith(address));
    const same = rest.filter((file) => under(file) === under(first));
    const last = same.pop();
    const edits = prepareEdits(read);
    const check = last ? await limit(() => whole(last)) : null;
    const holds = !last || edited(last, edits)?.equals(check ?? Buffer.alloc(0)) === true;
    await Promise.all([
      frameGroup(rest.filter((file) => under(file) !== under(first))),
      ...same.map((file) => {
        const page = holds ? edited(file, edits) : null;
        if (!page) return limit(() => whole(file));
        pages.set(file, page);
        count += 1;
        return undefined;
      }),
    ]);
  };

  const byRoute = new Map<string, string[]>();
  for (const file of files) {
    const pattern = routes.get(file)?.pattern ?? file;
    const same = byRoute.get(pattern);
    if (same) same.push(file);
    else byRoute.set(pattern, [file]);
  }
  await Promise.all([...byRoute.values()].map(frameGroup));
  return count;
};
