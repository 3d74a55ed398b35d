import { AsyncLocalStorage } from 'node:async_hooks';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { collectPrerenderMetadata, installRenderScope } from 'astro/app';
import { SERVER_ENTRY } from './astro-internals';

type NodeHandler = (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void;

export type RenderServer = {
  /** The file at `address`, as its route answers it (a page, a feed, a copied file); the 404 page answers 404. */
  render: (address: string) => Promise<Buffer>;
  /** The server's answer to a request of our own (fast/route-files.ts). */
  ask: (address: string, headers: Record<string, string>) => Promise<Response>;
  close: () => Promise<void>;
};

/**
 * The renderer's server bundle (the Node adapter's handler, astro.renderer.config.mjs) run on a
 * free local port, in this process: its pages read the content store this process owns.
 *
 * Each request is answered inside a render that collects static images, as a static build's
 * pages are (Astro 7.4: getImage names an image by its hash only there, and gives an `/_image`
 * address otherwise): a page rendered here names its images as the static build named them, so
 * that the files of the previous output still match. The images themselves are not generated:
 * a page that asks for one the output lacks takes a full build (output-assets.ts).
 */
export const startRenderServer = async (rendererDir: string): Promise<RenderServer> => {
  // First-wins and global: the server bundle's copy of Astro finds the same scope.
  installRenderScope(new AsyncLocalStorage());
  const { handler } = (await import(pathToFileURL(path.join(rendererDir, SERVER_ENTRY)).href)) as { handler: NodeHandler };
  const server = http.createServer((req, res) => {
    const answered = new Promise<void>((resolve) => res.once('close', () => resolve()));
    void collectPrerenderMetadata(async () => {
      handler(req, res, () => {
        res.statusCode = 404;
        res.end();
      });
      await answered;
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    render: async (address) => {
      const response = await fetch(`${origin}${address}`);
      const body = Buffer.from(await response.arrayBuffer());
      if (response.status !== 200 && address !== '/404/') throw new Error(`${address} : réponse ${response.status} du rendu. ${body.toString('utf8', 0, 300)}`);
      return body;
    },
    ask: (address, headers) => fetch(`${origin}${address}`, { headers }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};
