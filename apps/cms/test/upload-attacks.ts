import { readdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminJwt, createApiToken, freePort, launchChromium, type StrapiServer } from '@bluehats/testkit';
import { maxUploadBytes } from '../src/uploads/uploadable-files';

// A 1×1 PNG and a one-page PDF: the kinds of files editors send.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

type Part = { name: string; type: string; bytes: Buffer };

/**
 * The stored XSS of the review: a page that starts like a BMP image (`BM`), named .html and sent as
 * bytes, and a script that also starts with `BM` (valid JavaScript: an assignment), named .js. Both
 * served from /uploads on the admin's origin, the page loads the script, which `script-src 'self'` allows.
 */
const polyglot = (beacon: string, scriptUrl: string): { page: Buffer; script: Buffer } => ({
  page: Buffer.from(`BM<html><body><script src="${scriptUrl}"></script><script>new Image().src = '${beacon}/beacon/inline';</script></body></html>`),
  script: Buffer.from(`BM = 1; new Image().src = '${beacon}/beacon/script';`),
});

/**
 * The upload attacks, run against a server booted by the caller (rest-api.test.ts, on SQLite and
 * PostgreSQL): one Strapi boot serves both files' tests.
 */
export const describeUploadAttacks = (server: () => StrapiServer): void => {
  describe('uploads: an allow-list read from the bytes, and files served inert', () => {
    let cms: StrapiServer;
    let token: string;
    let jwt: string;
    let browser: Browser;
    let beacon: Server;
    let beaconUrl: string;
    const hits: string[] = [];
    // Pages the beacon server hands to Chromium: a control copy of the polyglot, and the attack on the CMS.
    const pages = new Map<string, { type: string; body: Buffer | string }>();

    beforeAll(async () => {
      cms = server();
      uploadsBefore = storedFiles();
      token = await createApiToken(cms, 'full-access');
      jwt = await adminJwt(cms);
      const port = await freePort();
      beaconUrl = `http://127.0.0.1:${port}`;
      beacon = createServer((request, response) => {
        const page = pages.get(request.url ?? '');
        if (page) {
          response.writeHead(200, { 'content-type': page.type });
          response.end(page.body);
          return;
        }
        if (request.url?.startsWith('/beacon/')) hits.push(request.url);
        response.writeHead(204).end();
      });
      await new Promise<void>((resolve) => beacon.listen(port, '127.0.0.1', resolve));
      browser = await launchChromium(chromium);
    }, 180_000);
    afterAll(async () => {
      await browser?.close();
      beacon?.close();
    });

    const storedFiles = (): string[] => readdirSync(path.join(cms.database.env.PUBLIC_DIR ?? '', 'uploads')).sort();
    // The demo content's media are there from the start: a refused upload must add nothing to them.
    let uploadsBefore: string[] = [];

    const send = async (parts: Part[], route: 'content-api' | 'admin' = 'content-api'): Promise<{ status: number; message: string }> => {
      const form = new FormData();
      for (const part of parts) form.append('files', new Blob([new Uint8Array(part.bytes)], { type: part.type }), part.name);
      const response = await fetch(route === 'admin' ? `${cms.url}/upload` : `${cms.url}/api/upload`, {
        method: 'POST',
        headers: { authorization: `Bearer ${route === 'admin' ? jwt : token}` },
        body: form,
      });
      const body = (await response.json()) as { error?: { message?: string } };
      return { status: response.status, message: body.error?.message ?? '' };
    };

    it('refuses the two-file polyglot, through the REST API and the admin media library, and stores nothing', async () => {
      const { page, script } = polyglot(beaconUrl, '/uploads/x.js');
      for (const route of ['content-api', 'admin'] as const) {
        const answer = await send(
          [
            { name: 'x.html', type: 'application/octet-stream', bytes: page },
            { name: 'x.js', type: 'application/octet-stream', bytes: script },
          ],
          route,
        );
        expect(answer.status, route).toBe(400);
        // Either file may be named: the guard checks them in the order the body parser finished writing them.
        expect(answer.message).toMatch(/^« x\.(html|js) » n’est pas accepté : la médiathèque ne prend que les fichiers \.jpg, \.jpeg, \.png, \.gif, \.webp, \.avif, \.pdf, \.odp, \.odt, \.ods, \.pptx, \.docx, \.xlsx\.$/);
      }
      // Even the script alone, or the page renamed as an image, does not get in.
      expect((await send([{ name: 'x.js', type: 'text/javascript', bytes: script }])).status).toBe(400);
      const renamed = await send([{ name: 'x.bmp.png', type: 'image/png', bytes: page }]);
      expect(renamed).toEqual({ status: 400, message: '« x.bmp.png » est refusé : son contenu (un fichier BMP) ne correspond pas à son extension.' });
      expect(storedFiles()).toEqual(uploadsBefore);
    });

    it('refuses SVG, executables, HEIC, a lying extension and an oversized file, in French', async () => {
      const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
      expect((await send([{ name: 'logo.svg', type: 'image/svg+xml', bytes: svg }])).status).toBe(400);
      const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(510)]);
      expect((await send([{ name: 'outil.exe', type: 'application/octet-stream', bytes: exe }])).message).toContain('« outil.exe » n’est pas accepté');
      expect(await send([{ name: 'support.pdf', type: 'application/pdf', bytes: exe }])).toEqual({
        status: 400,
        message: '« support.pdf » est refusé : son contenu (un fichier EXE) ne correspond pas à son extension.',
      });
      expect((await send([{ name: 'photo.png', type: 'image/png', bytes: PDF }])).message).toContain('(un fichier PDF) ne correspond pas');
      // HEIF/HEIC (libheif): never taken, whatever sharp is installed.
      const heic = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic'), Buffer.alloc(16)]);
      expect((await send([{ name: 'photo.heic', type: 'image/heic', bytes: heic }])).message).toContain('« photo.heic » n’est pas accepté');
      const huge = Buffer.concat([PNG, Buffer.alloc(maxUploadBytes + 1 - PNG.length)]);
      expect(await send([{ name: 'immense.png', type: 'image/png', bytes: huge }])).toEqual({
        status: 413,
        message: '« immense.png » dépasse la taille maximale d’un fichier (50 Mo).',
      });
      expect(storedFiles()).toEqual(uploadsBefore);
    });

    it('takes the images the site renders (AVIF with a fixed sharp) and slides, and serves them with safe headers', async () => {
      const avif = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000091' } }).avif().toBuffer();
      const form = new FormData();
      form.append('files', new Blob([PNG], { type: 'image/png' }), 'pixel.png');
      form.append('files', new Blob([avif], { type: 'image/avif' }), 'carre.avif');
      form.append('files', new Blob([PDF], { type: 'application/pdf' }), 'support.pdf');
      const response = await fetch(`${cms.url}/api/upload`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
      expect(response.status).toBe(201);
      const taken = (await response.json()) as Array<{ url: string; ext: string }>;
      expect(taken.map((file) => file.ext).sort()).toEqual(['.avif', '.pdf', '.png']);
      const served = async (ext: string): Promise<Headers> => {
        const answer = await fetch(`${cms.url}${taken.find((file) => file.ext === ext)?.url}`);
        expect(answer.status).toBe(200);
        return answer.headers;
      };
      const image = await served('.png');
      expect(image.get('x-content-type-options')).toBe('nosniff');
      expect(image.get('content-type')).toBe('image/png');
      expect(image.get('content-disposition')).toBeNull();
      const pdf = await served('.pdf');
      expect(pdf.get('x-content-type-options')).toBe('nosniff');
      expect(pdf.get('content-security-policy')).toMatch(/^sandbox;/);
      expect(pdf.get('content-disposition')).toBe('attachment');
      // Strapi decodes the path before it serves the file: every spelling of /uploads gets the same headers.
      const pdfUrl = String(taken.find((file) => file.ext === '.pdf')?.url);
      const name = pdfUrl.slice('/uploads/'.length);
      for (const spelling of [`/%75ploads/${name}`, `/uploads%2f${name}`, `/uploads%2F${name}`, `/%2Fuploads/${name}`, `/uploads/./${name}`, `//uploads/${name}`]) {
        const answer = await fetch(`${cms.url}${spelling}`);
        if (answer.status !== 200) continue;
        expect(answer.headers.get('content-disposition'), spelling).toBe('attachment');
        expect(answer.headers.get('content-security-policy'), spelling).toMatch(/^sandbox;/);
        expect(answer.headers.get('x-content-type-options'), spelling).toBe('nosniff');
      }
    });

    it('replaces a file only with bytes of the type its stored extension promises', async () => {
      const form = new FormData();
      form.append('files', new Blob([PNG], { type: 'image/png' }), 'a-remplacer.png');
      const response = await fetch(`${cms.url}/api/upload`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
      const [png] = (await response.json()) as Array<{ url: string; ext: string; id: number }>;
      if (!png) throw new Error('image non enregistrée');
      // Its record keeps its name and extension: a PDF sent under its own name would be served as image/png.
      const replacement = new FormData();
      replacement.append('files', new Blob([new Uint8Array(PDF)], { type: 'application/pdf' }), 'support.pdf');
      const replaced = await fetch(`${cms.url}/api/upload?id=${png.id}`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: replacement });
      expect(replaced.status).toBe(400);
      const still = await fetch(`${cms.url}${png.url}`);
      expect(still.headers.get('content-type')).toBe('image/png');
      expect(Buffer.from(await still.arrayBuffer()).subarray(1, 4).toString()).toBe('PNG');
    });

    it('answers 401 to an anonymous upload before reading its body', async () => {
      for (const url of [`${cms.url}/api/upload`, `${cms.url}/upload`]) {
        const form = new FormData();
        form.append('files', new Blob([PDF], { type: 'text/html' }), 'x.html');
        expect((await fetch(url, { method: 'POST', body: form })).status, url).toBe(401);
      }
      expect(storedFiles()).toEqual(expect.arrayContaining(uploadsBefore));
    });

    it('serves a polyglot stored before the allow-list as inert bytes: no script runs in Chromium', async () => {
      // Control: the same two files from an ordinary server do run, so the beacon would see an attack.
      const control = polyglot(beaconUrl, '/temoin.js');
      pages.set('/temoin.html', { type: 'text/html', body: control.page });
      pages.set('/temoin.js', { type: 'text/javascript', body: control.script });
      const context = await browser.newContext();
      const tab = await context.newPage();
      await tab.goto(`${beaconUrl}/temoin.html`);
      await expect.poll(() => [...hits].sort()).toEqual(['/beacon/inline', '/beacon/script']);
      hits.length = 0;

      // The attack: the files as they were stored before this fix, opened on the admin's origin,
      // framed, and the script included from another page.
      const { page, script } = polyglot(beaconUrl, '/uploads/ancien.js');
      const uploads = path.join(cms.database.env.PUBLIC_DIR ?? '', 'uploads');
      writeFileSync(path.join(uploads, 'ancien.html'), page);
      writeFileSync(path.join(uploads, 'ancien.js'), script);
      const html = await fetch(`${cms.url}/uploads/ancien.html`);
      expect(html.headers.get('content-type')).toBe('application/octet-stream');
      expect(html.headers.get('content-disposition')).toBe('attachment');
      expect(html.headers.get('content-security-policy')).toMatch(/^sandbox;/);
      expect(html.headers.get('x-content-type-options')).toBe('nosniff');
      await tab.goto(`${cms.url}/uploads/ancien.html`).catch(() => undefined);
      pages.set('/attaque.html', {
        type: 'text/html',
        body: `<iframe src="${cms.url}/uploads/ancien.html"></iframe><script src="${cms.url}/uploads/ancien.js"></script>`,
      });
      await tab.goto(`${beaconUrl}/attaque.html`);
      await tab.waitForTimeout(1500);
      expect(hits).toEqual([]);
      await context.close();
    });
  });
};
