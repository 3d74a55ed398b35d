import { readFileSync } from 'node:fs';
import { pngName, SVG_MIME, svgAsPng } from './svg-image';

export type CmsApi = {
  get<T>(path: string): Promise<T>;
  send<T>(method: 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T>;
  upload(file: { absolutePath: string; fileName: string; mime: string; alt: string }): Promise<number>;
};

/** A request the CMS refused; `status` tells an absent single type (404) from a failure. */
export class CmsWriteError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

// Planning hundreds of files can leave a kept-alive connection idle past the server's timeout: a
// read that finds it closed is sent once more on a new one (reads only: a write is never repeated).
const isClosedSocket = (error: unknown): boolean =>
  error instanceof TypeError && (error.cause as { code?: string } | undefined)?.code === 'UND_ERR_SOCKET';

const read = async (url: string, init: RequestInit): Promise<Response> => {
  try {
    return await fetch(url, init);
  } catch (error) {
    if (isClosedSocket(error)) return fetch(url, init);
    throw error;
  }
};

/** The CMS's REST API with a write token; errors carry Strapi's own message and the failing field. */
export const createCmsApi = (baseUrl: string, token: string): CmsApi => {
  const base = baseUrl.replace(/\/+$/, '');
  const headers = { authorization: `Bearer ${token}` };
  const parse = async <T>(response: Response, what: string): Promise<T> => {
    const text = await response.text();
    if (!response.ok) {
      let detail = text.slice(0, 300);
      try {
        const error = (JSON.parse(text) as { error?: { message?: string; details?: { errors?: Array<{ path?: string[]; message?: string }> } } }).error;
        const field = error?.details?.errors?.[0];
        detail = `${error?.message ?? detail}${field?.path ? ` (champ ${field.path.join('.')} : ${field.message})` : ''}`;
      } catch {
        // not JSON: keep the raw text
      }
      throw new CmsWriteError(`${what} → ${response.status} : ${detail}`, response.status);
    }
    return (text ? JSON.parse(text) : {}) as T;
  };
  return {
    get: async (path) => parse(await read(`${base}${path}`, { headers }), `GET ${path}`),
    send: async (method, path, body) =>
      parse(
        await fetch(`${base}${path}`, {
          method,
          headers: { ...headers, 'content-type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        }),
        `${method} ${path}`,
      ),
    upload: async ({ absolutePath, fileName, mime, alt }) => {
      const bytes = readFileSync(absolutePath);
      const sent = mime === SVG_MIME ? { bytes: await svgAsPng(bytes), fileName: pngName(fileName), mime: 'image/png' } : { bytes, fileName, mime };
      const form = new FormData();
      form.append('files', new Blob([new Uint8Array(sent.bytes)], { type: sent.mime }), sent.fileName);
      form.append('fileInfo', JSON.stringify({ name: sent.fileName, alternativeText: alt }));
      const [file] = await parse<Array<{ id: number }>>(await fetch(`${base}/api/upload`, { method: 'POST', headers, body: form }), `envoi de ${fileName}`);
      if (!file) throw new CmsWriteError(`envoi de ${fileName} : aucune réponse`, 200);
      return file.id;
    },
  };
};
