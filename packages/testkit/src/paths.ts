import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const cmsDir = path.join(repoRoot, 'apps/cms');
export const webDir = path.join(repoRoot, 'apps/web');
