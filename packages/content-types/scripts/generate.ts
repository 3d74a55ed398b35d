import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generate } from './lib/generate';

const target = fileURLToPath(new URL('../src/generated.ts', import.meta.url));
writeFileSync(target, generate());
console.log(`Types du contenu régénérés : ${target}`);
