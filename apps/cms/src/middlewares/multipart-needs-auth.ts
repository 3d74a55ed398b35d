type Context = {
  is(...types: string[]): string | false | null;
  get(header: string): string;
  status: number;
  body: unknown;
};

/**
 * Strapi's body parser reads and stores a form's files before any route checks who sends them, and
 * the upload allow-list (upload-guard.ts) then reads their bytes: an anonymous visitor could make the
 * server write and inspect 50 MB files at will. Every route that takes a form needs a session or a
 * token, so a form without credentials is answered 401 before its body is read.
 */
const multipartNeedsAuth = () => async (ctx: Context, next: () => Promise<void>) => {
  if (ctx.is('multipart') && !/^Bearer\s+\S/i.test(ctx.get('authorization'))) {
    ctx.status = 401;
    ctx.body = { data: null, error: { status: 401, name: 'UnauthorizedError', message: 'Envoi de fichiers sans authentification refusé.', details: {} } };
    return;
  }
  await next();
};

export default multipartNeedsAuth;
