/**
 * The slides of the demo's past webinar: a small PDF written here, so the demo shows a download
 * without shipping a binary file. One page per slide, in Helvetica (a PDF base font, nothing to
 * embed); the text is ours.
 */

export type DemoDocumentKey = 'support-webinaire-code-source';

export type DemoDocument = { key: DemoDocumentKey; fileName: string; caption: string; bytes: () => Buffer };

const slides: string[][] = [
  ['Ouvrir le code source de son administration', 'Webinaire BlueHats - mission logiciels libres, DINUM'],
  ['1. Le code source est un document administratif', 'Il a vocation a etre publie, sauf atteinte a la securite.'],
  ['2. Avant de publier', 'Ni secret, ni donnee personnelle ; une licence ; un README.'],
  ['3. Apres la publication', 'Dire si le code est maintenu et comment signaler un probleme.'],
];

// Latin-1 text only: the base fonts' standard encoding has no accents without an encoding dictionary.
const escapePdf = (text: string): string => text.replace(/[\\()]/g, (c) => `\\${c}`);

const pageStream = ([title, line]: string[]): string =>
  `BT /F1 26 Tf 60 420 Td (${escapePdf(title ?? '')}) Tj /F1 16 Tf 0 -48 Td (${escapePdf(line ?? '')}) Tj ET`;

/** A valid PDF 1.4: objects, then a cross-reference table whose offsets are counted as it is written. */
const buildPdf = (pages: string[][]): Buffer => {
  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 4 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
  pages.forEach((page, i) => {
    const stream = pageStream(page);
    objects[4 + i * 2] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + i * 2} 0 R >>`;
    objects[5 + i * 2] = `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`;
  });
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id += 1) {
    offsets[id] = Buffer.byteLength(pdf, 'latin1');
    pdf += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id += 1) pdf += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
};

export const demoDocuments: DemoDocument[] = [
  {
    key: 'support-webinaire-code-source',
    fileName: 'support-webinaire-ouvrir-le-code-source.pdf',
    caption: 'Support du webinaire « Ouvrir le code source de son administration »',
    bytes: () => buildPdf(slides),
  },
];
