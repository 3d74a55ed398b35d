// @ts-check
// The fast rebuild's renderer: the public site's pages and components, every route rendered on
// request by a Node server bundle built once per version of the code. The rebuild service renders
// with it the few pages an edit changes and keeps the others (src/engine/fast/).
import mdx from '@astrojs/mdx';
import node from '@astrojs/node';
import publicSite from './astro.config.mjs';
import { renderOnRequest } from './src/engine/astro/render-on-request.ts';
import { oneBuildAtATime } from './src/engine/astro/one-build-at-a-time.ts';

/** @type {import('astro').AstroUserConfig} */
const renderer = {
  ...publicSite,
  output: 'server',
  outDir: process.env.RENDERER_OUT_DIR || './dist-renderer',
  adapter: node({ mode: 'middleware' }),
  // MDX compiles the pages kept in the repository (src/content/pages), which the renderer renders too.
  integrations: [oneBuildAtATime(), mdx(), renderOnRequest()],
};

export default renderer;
