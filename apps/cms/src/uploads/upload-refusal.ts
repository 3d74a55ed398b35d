import { expectedType, maxUploadBytes, maxUploadLabel, uploadableExtensionsLabel } from './uploadable-files';

export type UploadedFile = { name: string; size: number; path: string };
export type Refusal = { status: 400 | 413; message: string };

/**
 * Why a file sent to the media library is refused, or null when it is taken. The type is read from
 * the bytes (file-type), never from the name or the declared type alone, and must be the one its
 * extension promises: a file that starts like an image but is named .html or .js does not get in.
 */
export const uploadRefusal = async (file: UploadedFile): Promise<Refusal | null> => {
  const expected = expectedType(file.name);
  if (!expected) {
    return { status: 400, message: `« ${file.name} » n’est pas accepté : la médiathèque ne prend que les fichiers ${uploadableExtensionsLabel()}.` };
  }
  if (file.size > maxUploadBytes) {
    return { status: 413, message: `« ${file.name} » dépasse la taille maximale d’un fichier (${maxUploadLabel}).` };
  }
  // file-type is ESM-only: a dynamic import keeps this CommonJS build loading it (Strapi's upload does the same).
  const { fileTypeFromFile } = await import('file-type');
  const detected = await fileTypeFromFile(file.path);
  if (detected?.mime !== expected) {
    const found = detected ? `un fichier ${detected.ext.toUpperCase()}` : 'un contenu non reconnu';
    return { status: 400, message: `« ${file.name} » est refusé : son contenu (${found}) ne correspond pas à son extension.` };
  }
  return null;
};
