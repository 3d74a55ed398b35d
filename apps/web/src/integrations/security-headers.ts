import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { securityHeaders } from '../lib/content-security-policy';

/**
 * Writes `_headers` next to the pages (read by Netlify, Cloudflare Pages and our own static
 * server), so the policy in the headers is the one the pages were built with.
 */
export const securityHeadersFile = (): AstroIntegration => ({
  name: 'bluehats:security-headers',
  hooks: {
    'astro:build:done': ({ dir }) => {
      const headers = securityHeaders(process.env.SITE_URL ?? '');
      const lines = ['/*', ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`), ''];
      writeFileSync(path.join(fileURLToPath(dir), '_headers'), lines.join('\n'));
    },
  },
});
