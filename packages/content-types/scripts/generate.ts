import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generate } from './lib/generate';
import { generatePreviewSections, PREVIEW_SECTIONS_FILE } from './lib/preview-sections';

const target = fileURLToPath(new URL('../src/generated.ts', import.meta.url));
writeFileSync(target, generate());
writeFileSync(PREVIEW_SECTIONS_FILE, generatePreviewSections());
console.log(`Types du contenu régénérés : ${target}, ${PREVIEW_SECTIONS_FILE}`);
