import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import sharp from 'sharp';
import { demoImages, type DemoImageKey } from './demo-media';

// The upload service needs the whole record (provider, url, formats) to delete the files.
type UploadedFile = { id: number } & Record<string, unknown>;

export type DemoMedia = { ids: ReadonlyMap<DemoImageKey, number>; files: readonly UploadedFile[] };
type UploadService = {
  upload(input: {
    data: { fileInfo: { name: string; alternativeText: string } };
    files: { filepath: string; originalFilename: string; mimetype: string; size: number };
  }): Promise<UploadedFile[]>;
  remove(file: UploadedFile): Promise<unknown>;
};

const uploadService = (strapi: Core.Strapi): UploadService => strapi.plugin('upload').service('upload') as unknown as UploadService;

/** Renders the demo drawings to PNG and puts them in the media library, as an editor's upload would. */
export const uploadDemoMedia = async (strapi: Core.Strapi): Promise<DemoMedia> => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bluehats-demo-media-'));
  const ids = new Map<DemoImageKey, number>();
  const files: UploadedFile[] = [];
  try {
    for (const image of demoImages) {
      const filepath = path.join(dir, image.fileName);
      await sharp(Buffer.from(image.svg)).png().toFile(filepath);
      const [file] = await uploadService(strapi).upload({
        data: { fileInfo: { name: image.fileName, alternativeText: image.alt } },
        files: { filepath, originalFilename: image.fileName, mimetype: 'image/png', size: (await stat(filepath)).size },
      });
      if (!file) throw new Error(`Contenu de démonstration : l’envoi de ${image.fileName} n’a rien renvoyé.`);
      ids.set(image.key, file.id);
      files.push(file);
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
