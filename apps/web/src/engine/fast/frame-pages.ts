import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { LimitFunction } from 'p-limit';
import type { RenderServer } from '../astro/render-server';
import { FRAME_HEADER, spliceFrame } from './frame';
import type { RouteFile } from './route-files';

/**
 * Puts each of `files` (pages of the output `base` whose frame only may have changed, plan-files.ts)
 * in its new frame (frame.ts), into `pages`; says how many were spliced, the others rendered whole.
 * Whether a route's pages differ only in their frame is not assumed but checked: one page of each
 * route is rendered whole too, and its spliced version must be the same bytes. A route whose pages
 * show the changed type in their own content, or whose frame is not found, is rendered whole, as is
 * any page whose frame is not found.
 */
export const framePages = async (
  { server, base, routes, limit }: { server: RenderServer; base: string; routes: ReadonlyMap<string, RouteFile>; limit: LimitFunction },
  files: readonly string[],
  pages: Map<string, Buffer>,
): Promise<number> => {
  const addressOf = (file: string): string => routes.get(file)?.address ?? `/${file}`;
  const spliced = async (file: string): Promise<Buffer | null> => {
    const frame = await server.render(addressOf(file), { [FRAME_HEADER]: '1' });
    const page = spliceFrame(readFileSync(path.join(base, file), 'utf8'), frame.toString('utf8'));
    return page === null ? null : Buffer.from(page);
  };
  const whole = async (file: string): Promise<void> => {
    pages.set(file, await server.render(addressOf(file)));
  };
  let count = 0;
  const framed = async (file: string): Promise<void> => {
    const page = await spliced(file);
    if (!page) return whole(file);
    pages.set(file, page);
    count += 1;
  };

  const byRoute = new Map<string, string[]>();
  for (const file of files) {
    const pattern = routes.get(file)?.pattern ?? file;
    const same = byRoute.get(pattern);
    if (same) same.push(file);
    else byRoute.set(pattern, [file]);
  }
  await Promise.all(
    [...byRoute.values()].map(async ([sample, ...others]) => {
      if (!sample) return;
      const [rendered, page] = await Promise.all([limit(() => server.render(addressOf(sample))), limit(() => spliced(sample))]);
      pages.set(sample, rendered);
      const holds = page !== null && page.equals(rendered);
      await Promise.all(others.map((file) => limit(() => (holds ? framed(file) : whole(file)))));
    }),
  );
  return count;
};
