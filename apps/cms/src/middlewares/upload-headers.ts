import path from 'node:path';
import { isUploadableImage } from '../uploads/uploadable-files';

type Context = {
  path: string;
  set(header: string, value: string): void;
  type: string;
};

/**
 * Files under /uploads are served from the admin's origin: none may act as a page or a script there.
 * nosniff and a sandboxing policy for all; anything but a listed image is a download, typed as bytes
 * (a file stored before the allow-list, named .html or .js, is then neither rendered nor run).
 */
/**
 * The path as the static server reads it: decoded (`/%75ploads/…`, `/uploads%2f…`), with `.`, `..`
 * and repeated slashes resolved. Undefined when it cannot be decoded (the static server refuses it too).
 */
export const servedPath = (rawPath: string): string | undefined => {
  try {
    return path.posix.normalize(`/${decodeURIComponent(rawPath)}`);
  } catch {
    return undefined;
  }
};

const uploadHeaders = () => async (ctx: Context, next: () => Promise<void>) => {
  const served = servedPath(ctx.path);
  if (served !== undefined && !served.startsWith('/uploads/')) {
    await next();
    return;
  }
  await next();
  ctx.set('X-Content-Type-Options', 'nosniff');
  ctx.set('Content-Security-Policy', "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'");
  if (!isUploadableImage(served ?? ctx.path)) {
    ctx.set('Content-Disposition', 'attachment');
    ctx.type = 'application/octet-stream';
  }
};

export default uploadHeaders;
