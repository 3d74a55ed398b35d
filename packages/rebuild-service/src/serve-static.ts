/**
 * The static server of the embedded default, on `send`, the maintained library under Express's
 * `serve-static`. Why not a whole server such as sirv or serve-static: the folder served changes at
 * every rebuild (sirv, in production mode, lists its files once at start; serve-static takes one
 * root for its life), the build's `_headers` must go on every answer including the 404 page, and
 * the build's bookkeeping files must stay private. What is left to write here is only that: the
 * headers file, the private names and the 404; the file sending itself (ranges, ETag, traversal,
 * percent-decoding) is send's.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import send from 'send';

/** The `/*` block of a Netlify-style `_headers` file: the headers the build asks every page be served with. */
export const siteHeaders = (root: string): Record<string, string> => {
  const file = path.join(root, '_headers');
  if (!existsSync(file)) return {};
  const headers: Record<string, string> = {};
  let inAllPages = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) {
      inAllPages = line.trim() === '/*';
      continue;
    }
    const at = line.indexOf(':');
    if (inAllPages && at > 0) headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
  }
  return headers;
};

/**
 * The target of a path in the build's `_redirects` (`<old> <new> 301`, Netlify's form), or null:
 * the site writes a page at each old address, except those that name a file (an old feed, /calendar.ics),
 * which only this file and the nginx map cover.
 */
export const redirectTarget = (root: string, decoded: string): string | null => {
  const file = path.join(root, '_redirects');
  if (!existsSync(file)) return null;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [from, to] = line.split(' ');
    if (from && to && to.startsWith('/') && decodedPath(from) === decoded) return to;
  }
  return null;
};

/** The path of a request line, decoded; null when it is not a path or not valid percent-encoding. */
export const decodedPath = (url: string): string | null => {
  const raw = url.split('?')[0] ?? '';
  if (!raw.startsWith('/')) return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
};

// Build bookkeeping, not pages (`_headers`, `.bluehats-build.json`): judged on the decoded path,
// since `/%5fheaders` names the same file as `/_headers`.
export const isPrivate = (decoded: string): boolean => decoded.split(/[/\\]/).some((part) => part === '_headers' || part.startsWith('.'));

const plain = (res: http.ServerResponse, status: number, text: string): void => {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' }).end(text);
};

/** The site's own 404 page, read whole (it is small), so that a pruned folder cannot break the answer. */
const notFound = async (res: http.ServerResponse, base: string, headers: Record<string, string>): Promise<void> => {
  const page = await readFile(path.join(base, '404.html')).catch(() => null);
  if (!page) return plain(res, 404, 'Page introuvable');
  res.writeHead(404, { 'x-content-type-options': 'nosniff', ...headers, 'content-type': 'text/html; charset=utf-8' }).end(page);
};

/**
 * The public server of the embedded default. Files are sent by `send` (the library under
 * Express's static middleware: percent-decoding, traversal, ranges, ETag and Last-Modified,
 * read-stream errors). `root()` is read on every request, so a rebuild swaps the served folder
 * without a restart; the build's `_headers` apply to every answer. No request, however malformed,
 * may throw here: this process also holds the webhook server and the rebuilder.
 */
export const serveStatic = (root: () => string, port: number, host = '127.0.0.1'): Promise<http.Server> =>
  new Promise((resolve) => {
    const server = http.createServer((req, res) => {
      const base = root();
      const headers = siteHeaders(base);
      const decoded = decodedPath(req.url ?? '');
      if (decoded === null || decoded.includes('\0')) return plain(res, 400, 'Requête invalide');
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.setHeader('allow', 'GET, HEAD');
        return plain(res, 405, 'Méthode non autorisée');
      }
      if (isPrivate(decoded)) return void notFound(res, base, headers);
      send(req, (req.url ?? '/').split('?')[0] ?? '/', { root: base, index: ['index.html'], extensions: ['html'], dotfiles: 'ignore' })
        .on('headers', (response: http.ServerResponse) => {
          response.setHeader('x-content-type-options', 'nosniff');
          for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
        })
        .on('error', (error: { status?: number }) => {
          // Headers already gone: the file vanished mid-read (an old build pruned); cut the answer short.
          if (res.headersSent) return void res.destroy();
          const status = error.status ?? 500;
          // 403 is send's answer to `..` and to folders without an index: nothing to show either way.
          const moved = status === 404 ? redirectTarget(base, decoded) : null;
          if (moved) return void res.writeHead(301, { location: moved, 'x-content-type-options': 'nosniff', ...headers }).end();
          if (status === 404 || status === 403) return void notFound(res, base, headers);
          plain(res, status, status === 400 ? 'Requête invalide' : status >= 500 ? 'Erreur du serveur' : 'Requête refusée');
        })
        .pipe(res);
    });
    // Request lines Node's parser refuses (bad method, bad characters) get a 400, never an exception.
    server.on('clientError', (_error, socket) => {
      if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      else socket.destroy();
    });
    server.listen(port, host, () => resolve(server));
  });
