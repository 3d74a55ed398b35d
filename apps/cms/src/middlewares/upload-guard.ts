import { uploadRefusal, type UploadedFile } from '../uploads/upload-refusal';

type Context = {
  request: { files?: unknown };
  status: number;
  body: unknown;
};

/** The files the body parser (formidable) stored for this request, whatever the form field. */
const uploadedFiles = (files: unknown): UploadedFile[] => {
  if (!files || typeof files !== 'object') return [];
  return Object.values(files as Record<string, unknown>)
    .flat()
    .flatMap((file) => {
      if (!file || typeof file !== 'object') return [];
      const { originalFilename, size, filepath } = file as Record<string, unknown>;
      return typeof filepath === 'string' ? [{ name: typeof originalFilename === 'string' ? originalFilename : '', size: Number(size) || 0, path: filepath }] : [];
    });
};

/**
 * Every file that reaches Strapi through a form (admin media library, REST /api/upload, replacing a
 * file) is checked against the upload allow-list before any controller sees it: one refused file
 * refuses the whole request, so nothing of a two-file polyglot is stored.
 */
const uploadGuard = () => async (ctx: Context, next: () => Promise<void>) => {
  for (const file of uploadedFiles(ctx.request.files)) {
    const refusal = await uploadRefusal(file);
    if (refusal) {
      ctx.status = refusal.status;
      ctx.body = { data: null, error: { status: refusal.status, name: 'ValidationError', message: refusal.message, details: {} } };
      return;
    }
  }
  await next();
};

export default uploadGuard;
