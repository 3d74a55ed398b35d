import path from 'node:path';
import list from './upload-allow-list.json';
import { heifDecoderFixed } from './image-decoders';

/**
 * The one list of files the media library takes (also read by the site build for the slides it copies
 * to /fichiers/): the image formats the site renders, and PDF and office formats for event slides.
 * Everything else is refused, whatever it claims to be. AVIF is decoded by sharp's libheif: it is
 * accepted only when the loaded sharp is a fixed one. HEIF/HEIC are never listed: browsers do not show them.
 */
const heifFamily = new Set(['.avif']);

const usable = (types: Record<string, string>, heifFixed: boolean): Record<string, string> =>
  Object.fromEntries(Object.entries(types).filter(([extension]) => heifFixed || !heifFamily.has(extension)));

/** Extension → MIME type of the images taken; `heifFixed` is the loaded sharp's, given only by tests. */
export const uploadableImages = (heifFixed = heifDecoderFixed()): Record<string, string> => usable(list.images, heifFixed);
export const uploadableFiles = (heifFixed = heifDecoderFixed()): Record<string, string> => ({
  ...uploadableImages(heifFixed),
  ...usable(list.documents, heifFixed),
});

export const maxUploadBytes = list.maxMegabytes * 1024 * 1024;
export const maxUploadLabel = `${list.maxMegabytes} Mo`;

/** The MIME type a file of this name must have to be taken, or undefined when its extension is not listed. */
export const expectedType = (fileName: string): string | undefined => uploadableFiles()[path.extname(fileName).toLowerCase()];

/** Whether a stored file is one of the listed images (shown inline), by its name. */
export const isUploadableImage = (fileName: string): boolean => path.extname(fileName).toLowerCase() in uploadableImages();

/** « .jpg, .jpeg, .png… » for the messages that tell an editor what to send instead. */
export const uploadableExtensionsLabel = (): string => Object.keys(uploadableFiles()).join(', ');
