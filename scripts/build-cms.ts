/** `npm test` builds the CMS (server and admin) once, before the test files start: see lib/cms-build.ts. */
import { buildCmsUnlessCurrent } from './lib/cms-build.js';
import { assertSupportedNode } from './lib/node-version.js';

assertSupportedNode();

console.log(buildCmsUnlessCurrent() ? 'CMS construit (serveur et administration).' : 'CMS déjà construit pour ces sources.');
