import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import sharp from 'sharp';
import { demoImages, type DemoImageKey } from './demo-media';
import { demoDocuments, type DemoDocumentKey } from './demo-slides';

export type DemoMediaKey = DemoImageKey | DemoDocumentKey;

// The upload service needs the whole record (provider, url, formats) to delete the files.
type UploadedFile = { id: number } & Record<string, unknown>;

export type DemoMedia = { ids: ReadonlyMap<DemoMediaKey, number>; files: readonly UploadedFile[] };
type UploadService = {
  upload(input: {
    data: { fileInfo: { name: string; alternativeText: string } };
    files: { filepath: string; originalFilename: string; mimetype: string; size: number };
  }): Promise<UploadedFile[]>;
  remove(file: UploadedFile): Promise<unknown>;
};

const uploadService = (strapi: Core.Strapi): UploadService => strapi.plugin('upload').service('upload') as unknown as UploadService;

/** Renders the demo drawings to PNG and puts them, with the demo documents, in the media library, as an editor's upload would. */
export const uploadDemoMedia = async (strapi: Core.Strapi): Promise<DemoMedia> => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bluehats-demo-media-'));
  const ids = new Map<DemoMediaKey, number>();
  const files: UploadedFile[] = [];
  const upload = async (key: DemoMediaKey, fileName: string, text: string, mimetype: string): Promise<void> => {
    const filepath = path.join(dir, fileName);
    const [file] = await uploadService(strapi).upload({
      data: { fileInfo: { name: fileName, alternativeText: text } },
      files: { filepath, originalFilename: fileName, mimetype, size: (await stat(filepath)).size },
    });
    if (!file) throw new Error(`Contenu de démonstration : l’envoi de ${fileName} n’a rien renvoyé.`);
    ids.set(key, file.id);
    files.push(file);
  };
  try {
    for (const image of demoImages) {
      await sharp(Buffer.from(image.svg)).png().toFile(path.join(dir, image.fileName));
      await upload(image.key, image.fileName, image.alt, 'image/png');
    }
    for (const document of demoDocuments) {
      await writeFile(path.join(dir, document.fileName), document.bytes());
      await upload(document.key, document.fileName, document.caption, 'application/pdf');
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return { ids, files };
};

/** Takes the demo images back out of the media library when the seed that uses them fails. */
export const removeDemoMedia = async (strapi: Core.Strapi, media: DemoMedia): Promise<void> => {
  for (const file of media.files) await uploadService(strapi).remove(file);
};
