import path from 'node:path';
// The CMS's upload allow-list, read from its one file: the site copies only what the media library may take.
import uploadable from '../../../cms/src/uploads/upload-allow-list.json';

const types: Record<string, string> = { ...uploadable.images, ...uploadable.documents };

/** The type a file copied into the site is served as, from its name; undefined when the CMS would not take it. */
export const downloadableType = (fileName: string): string | undefined => types[path.extname(fileName).toLowerCase()];

/** Headers for the copied files on hosts that read `_headers`: a download, never a page. */
export const downloadHeaders: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': 'sandbox',
  'Content-Disposition': 'attachment',
};
